import Foundation
import Hummingbird
import PlatformCore
import PlatformHTTP

/// Operator API for OCPI partners (behind the operator's API key):
/// `GET /api/partners`, `GET /api/partners/{id}`, `POST /api/partners` (issue token A),
/// `POST /api/partners/register` and `POST /api/partners/{id}/register` (register with them),
/// `POST /api/partners/{id}/update` (rotate credentials), `DELETE /api/partners/{id}` (unregister).
struct PartnerRoutes {
    let service: CredentialsService
    let store: any Store
    let catalog: EndpointCatalog

    private struct NewPartner: Decodable {
        var id: String
        var name: String?
        /// Issue a registration token (default true); false only records the partner.
        var issueToken: Bool?
    }

    private struct Registration: Decodable {
        var id: String?
        var name: String?
        var versionsURL: String
        var token: String
    }

    func add(to api: RouterGroup<RoamwireRequestContext>) {
        api.get("partners") { _, _ in
            try JSONBody.response(try await allPartners())
        }
        api.get("partners/:id") { _, context in
            try JSONBody.response(try await view(try Self.partnerID(context.parameters.get("id"))))
        }
        api.post("partners") { request, context in
            let body = try await JSONBody.decode(NewPartner.self, from: request, context: context)
            let id = try Self.partnerID(body.id)
            guard body.issueToken ?? true else {
                try await service.add(id, name: body.name)
                return try JSONBody.response(try await view(id), status: .created)
            }
            let (partner, token) = try await service.issueRegistrationToken(for: id, name: body.name)
            return try JSONBody.response(
                RegistrationTokenView(partner: partner, token: token, versionsURL: catalog.versionsURL),
                status: .created)
        }
        api.post("partners/register") { request, context in
            let body = try await JSONBody.decode(Registration.self, from: request, context: context)
            guard let id = body.id else { throw DomainError(.invalid, "id is required", field: "id") }
            return try await register(try Self.partnerID(id), body)
        }
        api.post("partners/:id/register") { request, context in
            let body = try await JSONBody.decode(Registration.self, from: request, context: context)
            return try await register(try Self.partnerID(context.parameters.get("id")), body)
        }
        api.post("partners/:id/update") { _, context in
            let partner = try await service.update(try Self.partnerID(context.parameters.get("id")))
            return try JSONBody.response(try await view(partner.id))
        }
        api.delete("partners/:id") { _, context in
            let partner = try await service.unregister(try Self.partnerID(context.parameters.get("id")))
            return try JSONBody.response(try await view(partner.id))
        }
    }

    private func register(_ id: PartnerID, _ body: Registration) async throws -> Response {
        guard OCPIAuthorizationHeader.isCredentialsToken(body.token) else {
            throw DomainError(.invalid, "token must be 1 to 64 printable ASCII characters", field: "token")
        }
        guard let url = URL(string: body.versionsURL), ["http", "https"].contains(url.scheme ?? "") else {
            throw DomainError(.invalid, "versionsURL must be an http(s) URL", field: "versionsURL")
        }
        let partner = try await service.register(id, name: body.name, versionsURL: body.versionsURL, token: body.token)
        return try JSONBody.response(try await view(partner.id))
    }

    private func view(_ id: PartnerID) async throws -> PartnerView {
        guard let partner = try await store.document(Partner.self, owner: nil, id: id.rawValue) else {
            throw DomainError(.notFound, "no partner \(id)")
        }
        let connection =
            try await store.document(OCPIConnection.self, owner: nil, id: OCPIConnection.documentID(for: id))
            ?? .empty(id, at: partner.createdAt)
        return PartnerView(partner, connection)
    }

    private func allPartners() async throws -> [PartnerView] {
        var views: [PartnerView] = []
        var query = PageQuery(limit: 500)
        while true {
            let page = try await store.page(Partner.self, query: query)
            for partner in page.items { views.append(try await view(partner.id)) }
            guard let next = page.next else { return views }
            query.after = next
        }
    }

    /// Operator-chosen partner ids: 1 to 64 letters, digits, `-`, `_` or `.`.
    static func partnerID(_ text: String?) throws -> PartnerID {
        guard let text, (1...64).contains(text.count),
            text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
        else {
            throw DomainError(.invalid, "partner id must be 1 to 64 letters, digits, '-', '_' or '.'", field: "id")
        }
        return PartnerID(rawValue: text)
    }
}
