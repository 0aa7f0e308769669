import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import RoamwireTesting
import Synchronization

/// A minimal OCPI 2.2.1 peer that plays a roaming hub (credentials role `HUB`): a Hummingbird
/// server on 127.0.0.1 serving only what a host under test calls back while the hub registers
/// with it — `GET /ocpi/versions` and `GET /ocpi/2.2.1`, both behind `Authorization: Token
/// <base64 of token>`. (A roamwire host cannot be configured with role HUB, so the hub is faked
/// here; everything between it and the host under test still happens at the wire.)
final class RouteAuthHubPeer: Sendable {
    /// The hub's party.
    static let countryCode = "NL"
    static let partyID = "HUB"

    /// The credentials token the host under test must present when it calls the hub.
    let token = "hub-token-\(UUID().uuidString)"
    private let base = Mutex("")
    private let calls = Mutex<[String]>([])

    private init() {}

    /// `http://127.0.0.1:<port>`.
    var baseURL: String { base.withLock { $0 } }
    var versionsURL: String { "\(baseURL)/ocpi/versions" }
    /// The calls the hub answered, as `METHOD path Authorization`.
    var received: [String] { calls.withLock { $0 } }

    /// The hub's credentials object, offering ``token`` to the host it registers with.
    var credentialsBody: String {
        """
        {"token": "\(token)", "url": "\(versionsURL)", "roles": [{"role": "HUB", "country_code": "\(Self.countryCode)", \
        "party_id": "\(Self.partyID)", "business_details": {"name": "Test Hub"}}]}
        """
    }

    /// Runs a hub for the duration of `body`; stops it before returning.
    static func withHub<T>(_ body: (RouteAuthHubPeer) async throws -> T) async throws -> T {
        let peer = RouteAuthHubPeer()
        return try await withLoopbackServer(peer.router()) { port in
            peer.base.withLock { $0 = "http://127.0.0.1:\(port)" }
            return try await body(peer)
        }
    }

    /// Registers the hub with `host`: `POST {credentials}` with the token A `host` issued,
    /// offering ``token``; returns the token the host issued to the hub (token C).
    func register(with host: RouteAuthHost, tokenA: String, client: TestHTTPClient) async throws -> String {
        let answer = try await client.send(
            .POST, host.credentialsURL, headers: ocpiAuth(tokenA), body: credentialsBody)
        guard answer.status == 200, answer.json?["status_code"] as? Int == 1000,
            let token = (answer.json?["data"] as? [String: Any])?["token"] as? String
        else {
            throw TestSupportError("the hub could not register with \(host.name): HTTP \(answer.status) \(answer.body)")
        }
        return token
    }

    private func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("ocpi/versions") { request, _ -> Response in
            try self.answer(request) {
                [["version": "2.2.1", "url": "\(self.baseURL)/ocpi/2.2.1"]]
            }
        }
        router.get("ocpi/2.2.1") { request, _ -> Response in
            try self.answer(request) {
                [
                    "version": "2.2.1",
                    "endpoints": [
                        [
                            "identifier": "credentials", "role": "SENDER",
                            "url": "\(self.baseURL)/ocpi/2.2.1/credentials",
                        ],
                        [
                            "identifier": "hubclientinfo", "role": "SENDER",
                            "url": "\(self.baseURL)/ocpi/2.2.1/hubclientinfo",
                        ],
                    ],
                ]
            }
        }
        return router
    }

    /// The OCPI envelope around `data`, or HTTP 401 when the caller's token is not ours.
    private func answer(_ request: Request, data: () -> Any) throws -> Response {
        let authorization = request.headers[.authorization] ?? ""
        calls.withLock { $0.append("\(request.method) \(request.uri.path) \(authorization)") }
        let authorized = authorization == "Token \(Data(token.utf8).base64EncodedString())"
        var envelope: [String: Any] = [
            "status_code": authorized ? 1000 : 2000, "timestamp": "2024-01-01T00:00:00Z",
        ]
        if authorized { envelope["data"] = data() }
        let bytes = try JSONSerialization.data(withJSONObject: envelope)
        return Response(
            status: authorized ? .ok : .unauthorized, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
