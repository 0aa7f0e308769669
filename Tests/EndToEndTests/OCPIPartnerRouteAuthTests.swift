import AsyncHTTPClient
import Foundation
import NIOHTTP1
import PlatformCore
import RoamwireTesting
import Testing

@testable import ProtocolOCPI

/// Authentication of every partner-facing OCPI route at the wire (OCPI 2.2.1 §2.2, §2.3, §5, §13):
/// missing, unknown and malformed tokens are HTTP 401 with an envelope; token A opens only
/// versions and credentials; registered partners reach every route, but only a hub may push
/// client info; paths we do not serve are 404 and methods an endpoint does not support 405, both
/// with an envelope; every answer carries the tracing headers.
@Suite struct OCPIPartnerRouteAuthTests {
    /// One partner-facing route, with a body that would be acceptable if the caller were.
    struct Route: CustomStringConvertible {
        var method: HTTPMethod
        var path: String
        var body: String?
        /// Whether a registration token (token A) opens it.
        var opensWithTokenA: Bool

        var description: String { "\(method) \(path)" }
    }

    /// A Credentials object pointing at a port where nothing listens.
    static let credentialsBody = """
        {"token": "route-auth-token", "url": "http://127.0.0.1:1/ocpi/versions", \
        "roles": [{"role": "CPO", "country_code": "BE", "party_id": "XYZ", "business_details": {"name": "X"}}]}
        """

    /// A ClientInfo about `cc*pid` with `status`.
    static func clientInfo(_ countryCode: String, _ partyID: String, role: String = "CPO", status: String) -> String {
        """
        {"country_code": "\(countryCode)", "party_id": "\(partyID)", "role": "\(role)", "status": "\(status)", \
        "last_updated": "2024-05-01T10:00:00Z"}
        """
    }

    /// Every partner-facing OCPI route the host serves.
    static let routes: [Route] = [
        Route(method: .GET, path: "/ocpi/versions", opensWithTokenA: true),
        Route(method: .GET, path: "/ocpi/2.2.1", opensWithTokenA: true),
        Route(method: .GET, path: "/ocpi/2.2.1/credentials", opensWithTokenA: true),
        Route(method: .POST, path: "/ocpi/2.2.1/credentials", body: credentialsBody, opensWithTokenA: true),
        Route(method: .PUT, path: "/ocpi/2.2.1/credentials", body: credentialsBody, opensWithTokenA: true),
        Route(method: .DELETE, path: "/ocpi/2.2.1/credentials", opensWithTokenA: true),
        Route(method: .GET, path: "/ocpi/2.2.1/hubclientinfo", opensWithTokenA: false),
        Route(method: .GET, path: "/ocpi/2.2.1/hubclientinfo/NL/BBC", opensWithTokenA: false),
        Route(
            method: .PUT, path: "/ocpi/2.2.1/hubclientinfo/NL/BBC", body: clientInfo("NL", "BBC", status: "OFFLINE"),
            opensWithTokenA: false),
    ]

    static func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }

    @Test func everyRouteRefusesMissingUnknownAndMalformedTokens() async throws {
        let directory = try TemporaryDirectory()
        let a = try await RouteAuthHost.start("a", in: directory)
        defer { a.host.process.stop() }

        try await withTestClient { client in
            // A live token A exists, so "unknown" really means "matches no grant".
            let tokenA = try await a.issueTokenA(for: "newcomer", client: client)
            let refused: [(String, [(String, String)])] = [
                ("no Authorization header", []),
                ("unknown token", ocpiAuth("no-such-token-\(UUID().uuidString)")),
                ("unknown raw token", [("Authorization", "Token no-such-raw-token")]),
                ("token A with one character more", ocpiAuth(tokenA + "x")),
                ("Bearer x", [("Authorization", "Bearer x")]),
                ("token A under the Bearer scheme", [("Authorization", "Bearer \(tokenA)")]),
                ("token A as Basic credentials", [("Authorization", "Basic \(Self.base64("\(tokenA):"))")]),
                ("garbage", [("Authorization", "garbage")]),
                ("Token without a value", [("Authorization", "Token ")]),
                ("Token with whitespace inside", [("Authorization", "Token a b c")]),
                ("the stored hash of token A", ocpiAuth(CredentialsToken.hash(tokenA))),
            ]
            for route in Self.routes {
                for (why, headers) in refused {
                    let response = try await RouteAuthWire.send(
                        client, route.method, a.partnerURL + route.path, headers: headers, body: route.body)
                    RouteAuthWire.expectEnvelope(response, http: 401, ocpi: 2000, "\(route) with \(why)")
                }
            }
            // Nothing above touched the pending registration.
            let versions = try await RouteAuthWire.send(client, .GET, a.versionsURL, headers: ocpiAuth(tokenA))
            RouteAuthWire.expectEnvelope(versions, http: 200, ocpi: 1000, "token A after the refusals")
        }
        #expect(try await a.shutdown() == 0)
    }

    @Test func registrationTokenOpensOnlyVersionsAndCredentials() async throws {
        let directory = try TemporaryDirectory()
        let a = try await RouteAuthHost.start("a", in: directory)
        defer { a.host.process.stop() }

        try await withTestClient { client in
            let tokenA = try await a.issueTokenA(for: "newcomer", client: client)
            let auth = ocpiAuth(tokenA)

            let versions = try await RouteAuthWire.send(client, .GET, a.versionsURL, headers: auth)
            let list = RouteAuthWire.expectEnvelope(versions, http: 200, ocpi: 1000, "GET versions with token A")
            let entries = try #require(list?["data"] as? [[String: Any]])
            #expect(entries.map { $0["version"] as? String } == ["2.2.1"])
            #expect(entries.first?["url"] as? String == "\(a.partnerURL)/ocpi/2.2.1")

            let details = try await RouteAuthWire.send(client, .GET, "\(a.partnerURL)/ocpi/2.2.1", headers: auth)
            let detailsEnvelope = RouteAuthWire.expectEnvelope(
                details, http: 200, ocpi: 1000, "GET details with token A")
            let endpoints = try #require((detailsEnvelope?["data"] as? [String: Any])?["endpoints"] as? [[String: Any]])
            #expect(
                endpoints.contains {
                    $0["identifier"] as? String == "credentials" && $0["url"] as? String == a.credentialsURL
                })

            // §5.2: GET credentials answers with the token the caller uses.
            let credentials = try await RouteAuthWire.send(client, .GET, a.credentialsURL, headers: auth)
            let ours = RouteAuthWire.expectEnvelope(credentials, http: 200, ocpi: 1000, "GET credentials with token A")
            #expect((ours?["data"] as? [String: Any])?["token"] as? String == tokenA)
            #expect((ours?["data"] as? [String: Any])?["url"] as? String == a.versionsURL)

            // Token A gets past authentication on POST, PUT and DELETE: the answers are about
            // the body and the lifecycle, not 401.
            let noRoles = #"{"token": "some-token", "url": "http://127.0.0.1:1/ocpi/versions", "roles": []}"#
            let post = try await RouteAuthWire.send(client, .POST, a.credentialsURL, headers: auth, body: noRoles)
            RouteAuthWire.expectEnvelope(post, http: 200, ocpi: 2001, "POST credentials without roles, token A")
            let put = try await RouteAuthWire.send(
                client, .PUT, a.credentialsURL, headers: auth, body: Self.credentialsBody)
            RouteAuthWire.expectEnvelope(put, http: 405, ocpi: 2000, "PUT credentials before registering")
            let delete = try await RouteAuthWire.send(client, .DELETE, a.credentialsURL, headers: auth)
            RouteAuthWire.expectEnvelope(delete, http: 405, ocpi: 2000, "DELETE credentials before registering")

            // §2.2: token A used for any other module is 401.
            for route in Self.routes where !route.opensWithTokenA {
                let response = try await RouteAuthWire.send(
                    client, route.method, a.partnerURL + route.path, headers: auth, body: route.body)
                RouteAuthWire.expectEnvelope(response, http: 401, ocpi: 2000, "\(route) with token A")
            }

            // Modules, versions and paths this host does not serve: 404 with an envelope.
            let unknown: [(HTTPMethod, String, String?)] = [
                (.GET, "/ocpi/2.2.1/locations", nil),
                (.GET, "/ocpi/2.2.1/locations/NL/ABC/LOC1", nil),
                (.PUT, "/ocpi/2.2.1/sessions/NL/ABC/S1", #"{"id": "S1"}"#),
                (.PATCH, "/ocpi/2.2.1/tariffs/NL/ABC/T1", #"{"id": "T1"}"#),
                (.POST, "/ocpi/2.2.1/commands/START_SESSION", #"{"response_url": "x"}"#),
                (.DELETE, "/ocpi/2.2.1/tokens/NL/ABC/TOK1", nil),
                (.GET, "/ocpi/2.1.1", nil),
                (.GET, "/ocpi/2.1.1/credentials", nil),
                (.GET, "/ocpi/no/such/path", nil),
            ]
            for (method, path, body) in unknown {
                for tracing in [RouteAuthWire.Tracing.both, .requestIDOnly, .none] {
                    let response = try await RouteAuthWire.send(
                        client, method, a.partnerURL + path, headers: auth, body: body, tracing: tracing)
                    let envelope = RouteAuthWire.expectEnvelope(
                        response, http: 404, ocpi: 2000, "\(method) \(path), tracing \(tracing)")
                    #expect(envelope?.keys.contains("data") == false, "\(response.body)")
                }
            }

            // The credentials endpoint exists, but not for PATCH: 405 with an envelope.
            for tracing in [RouteAuthWire.Tracing.both, .requestIDOnly, .none] {
                let response = try await RouteAuthWire.send(
                    client, .PATCH, a.credentialsURL, headers: auth, body: Self.credentialsBody, tracing: tracing)
                let envelope = RouteAuthWire.expectEnvelope(
                    response, http: 405, ocpi: 2000, "PATCH credentials, tracing \(tracing)")
                #expect(envelope?.keys.contains("data") == false, "\(response.body)")
            }

            // None of that used the token up or changed the partner.
            let again = try await RouteAuthWire.send(client, .GET, a.versionsURL, headers: auth)
            RouteAuthWire.expectEnvelope(again, http: 200, ocpi: 1000, "token A afterwards")
            let view = try await client.send(.GET, "\(a.host.operatorURL)/api/partners/newcomer", headers: operatorAuth)
            #expect(
                (view.json?["partner"] as? [String: Any])?["credentialsState"] as? String == "AWAITING_REGISTRATION")
        }
        #expect(try await a.shutdown() == 0)
    }

    @Test func tokensAreAcceptedRawAndInLenientSpellings() async throws {
        let directory = try TemporaryDirectory()
        let a = try await RouteAuthHost.start("a", in: directory)
        defer { a.host.process.stop() }

        try await withTestClient { client in
            let tokenA = try await a.issueTokenA(for: "newcomer", client: client)
            let accepted: [(String, String)] = [
                ("raw (not Base64)", "Token \(tokenA)"),
                ("lower-case scheme", "token \(Self.base64(tokenA))"),
                ("extra spaces", "Token   \(Self.base64(tokenA))  "),
                ("Base64 of the token and a newline, as the spec's examples", "Token \(Self.base64(tokenA + "\n"))"),
            ]
            for (why, header) in accepted {
                for url in [a.versionsURL, "\(a.partnerURL)/ocpi/2.2.1", a.credentialsURL] {
                    let response = try await RouteAuthWire.send(
                        client, .GET, url, headers: [("Authorization", header)])
                    RouteAuthWire.expectEnvelope(response, http: 200, ocpi: 1000, "GET \(url), token A \(why)")
                }
                // Leniency in spelling does not widen the scope.
                let hub = try await RouteAuthWire.send(
                    client, .GET, a.hubClientInfoURL, headers: [("Authorization", header)])
                RouteAuthWire.expectEnvelope(hub, http: 401, ocpi: 2000, "GET hubclientinfo, token A \(why)")
            }
        }
        #expect(try await a.shutdown() == 0)
    }

    @Test func registeredPartnersReachEveryRouteButOnlyAHubPushesClientInfo() async throws {
        let directory = try TemporaryDirectory()
        let a = try await RouteAuthHost.start("a", in: directory)
        defer { a.host.process.stop() }
        let b = try await RouteAuthHost.start(
            "b", options: .init(parties: [("NL", "BBC", "CPO"), ("NL", "BBE", "EMSP")]), in: directory)
        defer { b.host.process.stop() }

        try await withTestClient { client in
            try await b.register(with: a, as: "operator-b", calling: "operator-a", client: client)
            // What B presents when it calls A (token C).
            let tokenC = try #require(try await b.outboundToken(for: "operator-a"))
            let auth = ocpiAuth(tokenC)

            for url in [a.versionsURL, "\(a.partnerURL)/ocpi/2.2.1"] {
                let response = try await RouteAuthWire.send(client, .GET, url, headers: auth)
                RouteAuthWire.expectEnvelope(response, http: 200, ocpi: 1000, "GET \(url) with B's token")
            }
            let credentials = try await RouteAuthWire.send(client, .GET, a.credentialsURL, headers: auth)
            let ours = RouteAuthWire.expectEnvelope(credentials, http: 200, ocpi: 1000, "GET credentials, B")
            #expect((ours?["data"] as? [String: Any])?["token"] as? String == tokenC)
            let again = try await RouteAuthWire.send(
                client, .POST, a.credentialsURL, headers: auth, body: Self.credentialsBody)
            RouteAuthWire.expectEnvelope(again, http: 405, ocpi: 2000, "POST credentials when registered")

            // B's parties are connected; B may read the list and single entries, raw token too.
            for header in [auth, [("Authorization", "Token \(tokenC)")]] {
                let list = try await RouteAuthWire.send(client, .GET, a.hubClientInfoURL, headers: header)
                let envelope = RouteAuthWire.expectEnvelope(list, http: 200, ocpi: 1000, "GET hubclientinfo, B")
                #expect(Set(PagingFixture.keys(envelope)) == ["NL*BBC", "NL*BBE"])
            }
            let entryURL = "\(a.hubClientInfoURL)/NL/BBC"
            let entry = try await RouteAuthWire.send(client, .GET, entryURL, headers: auth)
            let info = RouteAuthWire.expectEnvelope(entry, http: 200, ocpi: 1000, "GET hubclientinfo/NL/BBC, B")
            #expect((info?["data"] as? [String: Any])?["status"] as? String == "CONNECTED")
            let unknown = try await RouteAuthWire.send(client, .GET, "\(a.hubClientInfoURL)/FR/ZZZ", headers: auth)
            RouteAuthWire.expectEnvelope(unknown, http: 404, ocpi: 2000, "GET hubclientinfo of an unknown party")

            // B is no hub: it may not push client info, neither about itself nor about others.
            for (cc, pid) in [("NL", "BBC"), ("DE", "AAC"), ("NL", "HUB")] {
                let push = try await RouteAuthWire.send(
                    client, .PUT, "\(a.hubClientInfoURL)/\(cc)/\(pid)", headers: auth,
                    body: Self.clientInfo(cc, pid, status: "SUSPENDED"))
                RouteAuthWire.expectEnvelope(push, http: 401, ocpi: 2000, "PUT hubclientinfo/\(cc)/\(pid) by B")
            }
            let unchanged = try await RouteAuthWire.send(client, .GET, entryURL, headers: auth)
            let stillConnected = RouteAuthWire.expectEnvelope(unchanged, http: 200, ocpi: 1000, "after B's pushes")
            #expect((stillConnected?["data"] as? [String: Any])?["status"] as? String == "CONNECTED")

            // A registered hub may push the same object: the 401 above is about B's role.
            let hubTokenA = try await a.issueTokenA(for: "hub", client: client)
            try await RouteAuthHubPeer.withHub { hub in
                let hubToken = try await hub.register(with: a, tokenA: hubTokenA, client: client)
                #expect(hub.received.contains("GET /ocpi/versions Token \(Self.base64(hub.token))"), "\(hub.received)")
                let push = try await RouteAuthWire.send(
                    client, .PUT, entryURL, headers: ocpiAuth(hubToken),
                    body: Self.clientInfo("NL", "BBC", status: "OFFLINE"))
                RouteAuthWire.expectEnvelope(
                    push, http: 200, ocpi: 1000, data: false, "PUT hubclientinfo/NL/BBC by the hub")
                let oldTokenA = try await RouteAuthWire.send(client, .GET, a.versionsURL, headers: ocpiAuth(hubTokenA))
                RouteAuthWire.expectEnvelope(oldTokenA, http: 401, ocpi: 2000, "the hub's spent token A")
            }
            let pushed = try await RouteAuthWire.send(client, .GET, entryURL, headers: auth)
            let offline = RouteAuthWire.expectEnvelope(pushed, http: 200, ocpi: 1000, "after the hub's push")
            #expect((offline?["data"] as? [String: Any])?["status"] as? String == "OFFLINE")

            // B unregisters (DELETE with its own token): from then on the token opens nothing.
            let delete = try await RouteAuthWire.send(client, .DELETE, a.credentialsURL, headers: auth)
            RouteAuthWire.expectEnvelope(delete, http: 200, ocpi: 1000, data: false, "DELETE credentials by B")
            for route in Self.routes {
                let response = try await RouteAuthWire.send(
                    client, route.method, a.partnerURL + route.path, headers: auth, body: route.body)
                RouteAuthWire.expectEnvelope(response, http: 401, ocpi: 2000, "\(route) with B's withdrawn token")
            }
        }
        #expect(try await a.shutdown() == 0)
        #expect(try await b.shutdown() == 0)
    }

    @Test func tracingHeadersAreEchoedOrGeneratedOnSuccessAndRefusal() async throws {
        let directory = try TemporaryDirectory()
        // `protocols.ocpi.versions` set explicitly: it is what the versions list shows.
        let a = try await RouteAuthHost.start("a", options: .init(versions: ["2.2.1"]), in: directory)
        defer { a.host.process.stop() }

        try await withTestClient { client in
            let tokenA = try await a.issueTokenA(for: "newcomer", client: client)
            let badBody = #"{"token": 5}"#
            let unknownPath = "\(a.partnerURL)/ocpi/2.2.1/locations"
            let cases: [(String, HTTPMethod, String, [(String, String)], String?, Int, Int)] = [
                ("success", .GET, a.versionsURL, ocpiAuth(tokenA), nil, 200, 1000),
                ("401", .GET, a.versionsURL, [], nil, 401, 2000),
                ("401 for token A's scope", .GET, a.hubClientInfoURL, ocpiAuth(tokenA), nil, 401, 2000),
                ("2001", .POST, a.credentialsURL, ocpiAuth(tokenA), badBody, 200, 2001),
                ("405", .DELETE, a.credentialsURL, ocpiAuth(tokenA), nil, 405, 2000),
                ("404 for an unknown path", .GET, unknownPath, ocpiAuth(tokenA), nil, 404, 2000),
                ("405 for PATCH credentials", .PATCH, a.credentialsURL, ocpiAuth(tokenA), badBody, 405, 2000),
            ]
            for (what, method, url, headers, body, http, ocpi) in cases {
                for tracing in [RouteAuthWire.Tracing.both, .requestIDOnly, .none] {
                    let response = try await RouteAuthWire.send(
                        client, method, url, headers: headers, body: body, tracing: tracing)
                    let envelope = RouteAuthWire.expectEnvelope(
                        response, http: http, ocpi: ocpi, "\(what), tracing \(tracing)")
                    if what == "success" {
                        let entries = envelope?["data"] as? [[String: Any]]
                        #expect(entries?.map { $0["version"] as? String } == ["2.2.1"], "\(response.body)")
                        #expect(entries?.map { $0["url"] as? String } == ["\(a.partnerURL)/ocpi/2.2.1"])
                    }
                }
            }
        }
        #expect(try await a.shutdown() == 0)
    }
}
