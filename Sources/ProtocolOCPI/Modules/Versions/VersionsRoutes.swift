import Foundation
import Hummingbird
import PlatformCore
import PlatformHTTP

/// `GET /ocpi/versions` and `GET /ocpi/2.2.1`: the versions we speak and, for 2.2.1, the module
/// endpoints our enabled roles provide. Any valid token opens them, token A included.
struct VersionsRoutes {
    let access: PartnerAccess
    let catalog: EndpointCatalog
    /// The versions we offer (from `protocols.ocpi.versions`; this build speaks 2.2.1).
    let versions: [String]

    func add(to routes: RouterGroup<RoamwireRequestContext>) {
        routes.get("versions") { request, context in
            _ = try await access.authenticate(request, context: context, registrationAllowed: true)
            let list = versions.map { OCPIVersion(version: $0, url: "\(catalog.baseURL())/ocpi/\($0)") }
            return try OCPIJSON.response(OCPIResponse.success(list))
        }
        routes.get(RouterPath(PartnerAPI.supportedVersion)) { request, context in
            _ = try await access.authenticate(request, context: context, registrationAllowed: true)
            let details = OCPIVersionDetails(version: PartnerAPI.supportedVersion, endpoints: catalog.endpoints)
            return try OCPIJSON.response(OCPIResponse.success(details))
        }
    }
}
