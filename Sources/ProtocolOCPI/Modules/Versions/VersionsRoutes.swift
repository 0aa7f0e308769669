import Foundation
import Hummingbird
import PlatformCore
import PlatformHTTP

/// `GET /ocpi/versions`: the OCPI versions this deployment offers.
struct VersionsRoutes {
    let versions: [String]
    let baseURL: @Sendable () -> String

    func add(to routes: RouterGroup<RoamwireRequestContext>) {
        routes.get("ocpi/versions") { _, _ in
            let base = baseURL()
            let list = versions.map { OCPIVersion(version: $0, url: "\(base)/ocpi/\($0)") }
            return try OCPIJSON.response(OCPIResponse.success(list))
        }
    }
}
