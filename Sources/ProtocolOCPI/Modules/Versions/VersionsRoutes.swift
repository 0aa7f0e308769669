import Foundation
import Hummingbird
import PlatformCore
import PlatformHTTP

/// `GET /ocpi/versions` and `GET /ocpi/2.2.1`: the versions we speak and, for 2.2.1, the module
/// endpoints our enabled roles provide. Any valid token opens them, token A included.
struct VersionsRoutes {
    let access: PartnerAccess
    let catalog: EndpointCatalog

    func add(to routes: RouterGroup<RoamwireRequestContext>) {
        routes.get("versions") { request, context in
            _ = try await access.authenticate(request, context: context, registrationAllowed: true)
            let versions = [OCPIVersion(version: PartnerAPI.supportedVersion, url: catalog.versionDetailsURL)]
            return try OCPIJSON.response(OCPIResponse.success(versions))
        }
        routes.get(RouterPath(PartnerAPI.supportedVersion)) { request, context in
            _ = try await access.authenticate(request, context: context, registrationAllowed: true)
            let details = OCPIVersionDetails(version: PartnerAPI.supportedVersion, endpoints: catalog.endpoints)
            return try OCPIJSON.response(OCPIResponse.success(details))
        }
    }
}
