import Foundation
import Hummingbird
import PlatformCore
import PlatformHTTP

/// `GET/POST/PUT/DELETE /ocpi/2.2.1/credentials`: the partner side of the handshake.
struct CredentialsRoutes {
    let access: PartnerAccess
    let service: CredentialsService

    func add(to routes: RouterGroup<RoamwireRequestContext>) {
        let path = RouterPath("\(PartnerAPI.supportedVersion)/credentials")
        routes.get(path) { request, context in
            let caller = try await access.authenticate(request, context: context, registrationAllowed: true)
            return try OCPIJSON.response(OCPIResponse.success(service.ourCredentials(token: caller.token)))
        }
        routes.post(path) { request, context in
            let caller = try await access.authenticate(request, context: context, registrationAllowed: true)
            let offered = try await OCPIJSON.decode(OCPICredentials.self, from: request, context: context)
            let ours = try await service.theyRegister(caller, offering: offered, correlationID: context.correlationID)
            return try OCPIJSON.response(OCPIResponse.success(ours))
        }
        routes.put(path) { request, context in
            let caller = try await access.authenticate(request, context: context, registrationAllowed: true)
            let offered = try await OCPIJSON.decode(OCPICredentials.self, from: request, context: context)
            let ours = try await service.theyUpdate(caller, offering: offered, correlationID: context.correlationID)
            return try OCPIJSON.response(OCPIResponse.success(ours))
        }
        routes.delete(path) { request, context in
            let caller = try await access.authenticate(request, context: context, registrationAllowed: true)
            try await service.theyUnregister(caller)
            return try OCPIJSON.response(OCPIResponse<String>.empty())
        }
    }
}
