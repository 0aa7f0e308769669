import Foundation
import Hummingbird
import Logging
import PlatformCore
import PlatformHTTP

/// The hubclientinfo module, both interfaces:
/// - Receiver: `GET/PUT /ocpi/2.2.1/hubclientinfo/{country_code}/{party_id}` — a hub (a partner
///   with role HUB) reports a party's connection status;
/// - Sender: `GET /ocpi/2.2.1/hubclientinfo` — the statuses we know, paginated.
struct HubClientInfoRoutes {
    let access: PartnerAccess
    let store: any Store
    let writer: DomainWriter
    let catalog: EndpointCatalog
    let maxPageSize: Int

    func add(to routes: RouterGroup<RoamwireRequestContext>) {
        let path = "\(PartnerAPI.supportedVersion)/hubclientinfo"
        routes.get(RouterPath(path)) { request, context in
            _ = try await access.authenticate(request, context: context, registrationAllowed: false)
            let paging = try OCPIPaging(request, maxLimit: maxPageSize)
            let page = try await paging.page(PartyStatus.self, in: store)
            var response = try OCPIJSON.response(OCPIResponse.success(page.items.map(OCPIClientInfo.init(domain:))))
            response.headers.append(
                contentsOf: paging.headers(for: page, url: catalog.url("hubclientinfo"), maxLimit: maxPageSize))
            return response
        }
        routes.get(RouterPath("\(path)/:country_code/:party_id")) { request, context in
            _ = try await access.authenticate(request, context: context, registrationAllowed: false)
            let party = try Self.party(in: context)
            let page = try await store.page(PartyStatus.self, query: PageQuery(owner: party, limit: 1))
            guard let status = page.items.first else {
                throw OCPIError.notFound("no client info for \(party)")
            }
            return try OCPIJSON.response(OCPIResponse.success(OCPIClientInfo(domain: status)))
        }
        routes.put(RouterPath("\(path)/:country_code/:party_id")) { request, context in
            let caller = try await access.authenticate(request, context: context, registrationAllowed: false)
            guard caller.partner.parties.contains(where: { $0.role == .hub }) else {
                context.logger.notice(
                    "client info pushed by a partner that is no hub", metadata: ["ocpi.partner": "\(caller.partner.id)"]
                )
                throw OCPIError.unauthorized("only a hub may push client info")
            }
            let party = try Self.party(in: context)
            var info = try await OCPIJSON.decode(OCPIClientInfo.self, from: request, context: context)
            info.logUnknownValues(from: caller.partner.id, logger: context.logger)
            try info.requireValid()
            if !info.role.isKnown { info.role = .other }
            let status: PartyStatus
            do {
                status = try info.domain(reportedBy: caller.partner.id)
            } catch {
                throw OCPIError.invalidParameters("\(error)")
            }
            guard status.party == party else {
                throw OCPIError.invalidParameters("country_code/party_id in the URL and the body differ")
            }
            let existed = try await store.document(PartyStatus.self, owner: status.party, id: status.documentID) != nil
            try await writer.record(.partyStatusChanged(status))
            return try OCPIJSON.response(OCPIResponse<String>.empty(), status: existed ? .ok : .created)
        }
    }

    private static func party(in context: RoamwireRequestContext) throws -> PartyID {
        do {
            return try PartyID(
                countryCode: context.parameters.get("country_code") ?? "",
                partyID: context.parameters.get("party_id") ?? "")
        } catch {
            throw OCPIError.invalidParameters(error.reason)
        }
    }
}
