import Hummingbird
import PlatformCore
import PlatformHTTP

/// Operator API for our own network and customers: `PUT /api/cpo/locations/{id}` and
/// `PUT /api/emsp/tokens/{uid}`, handed to the role ports; `GET /api/outbox` shows pushes not yet
/// delivered.
struct NetworkRoutes {
    let ports: Ports
    let store: any Store

    func add(to api: RouterGroup<RoamwireRequestContext>) {
        api.put("cpo/locations/:id") { request, context in
            let location = try await JSONBody.decode(Location.self, from: request, context: context)
            guard location.id == context.parameters.get("id") else {
                throw DomainError(.invalid, "the id in the path and the body differ", field: "id")
            }
            guard let publisher = ports.resolve(.networkPublisher) else {
                throw DomainError(.unavailable, "this deployment has no CPO party")
            }
            try await publisher.publish(location)
            return try JSONBody.response(["status": "accepted"])
        }
        api.put("emsp/tokens/:uid") { request, context in
            let token = try await JSONBody.decode(Token.self, from: request, context: context)
            guard token.uid == context.parameters.get("uid") else {
                throw DomainError(.invalid, "the uid in the path and the body differ", field: "uid")
            }
            guard let issuer = ports.resolve(.tokenIssuer) else {
                throw DomainError(.unavailable, "this deployment has no eMSP party")
            }
            try await issuer.issue(token)
            return try JSONBody.response(["status": "accepted"])
        }
        api.get("outbox") { request, _ in
            let limit = request.uri.queryParameters.get("limit", as: Int.self).map { min(max($0, 1), 1000) } ?? 100
            return try JSONBody.response(try await store.outboxEntries(limit: limit))
        }
    }
}
