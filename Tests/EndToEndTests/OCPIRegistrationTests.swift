import Foundation
import NIOHTTP1
import RoamwireTesting
import Testing

/// Two real `roamwire` hosts on loopback, HTTPS with throw-away certificates, register with each
/// other over OCPI 2.2.1 in both directions; tokens are rotated and withdrawn, at the wire.
@Suite struct OCPIRegistrationTests {
    private func state(of partner: String, at host: OperatorHost, client: TestHTTPClient) async throws -> String? {
        let view = try await client.send(
            .GET, "\(host.host.operatorURL)/api/partners/\(partner)", headers: operatorAuth)
        return (view.json?["partner"] as? [String: Any])?["credentialsState"] as? String
    }

    @Test func handshakeRotationAndUnregistrationBetweenTwoHosts() async throws {
        let directory = try TemporaryDirectory()
        let certificates = try TestCertificates(in: directory)
        let a = try await OperatorHost.start("a", certificates: certificates, in: directory)
        defer { a.host.process.stop() }
        let b = try await OperatorHost.start("b", certificates: certificates, in: directory)
        defer { b.host.process.stop() }

        try await withTestClient(trusting: certificates.caCertificate) { client in
            // A issues token A for B.
            let issued = try await client.send(
                .POST, "\(a.host.operatorURL)/api/partners", headers: operatorAuth,
                body: #"{"id": "operator-b", "name": "Operator B"}"#)
            #expect(issued.status == 201, "\(issued.body)")
            let tokenA = try #require(issued.json?["token"] as? String)
            #expect(issued.json?["versionsURL"] as? String == a.versionsURL)
            let withTokenA = try await client.send(.GET, a.versionsURL, headers: ocpiAuth(tokenA))
            #expect(withTokenA.status == 200)
            let registrationScope = try await client.send(
                .GET, "\(a.host.partnerURL)/ocpi/2.2.1/hubclientinfo", headers: ocpiAuth(tokenA))
            #expect(registrationScope.status == 401)

            // B registers with A.
            let registered = try await client.send(
                .POST, "\(b.host.operatorURL)/api/partners/register", headers: operatorAuth,
                body: #"{"id": "operator-a", "versionsURL": "\#(a.versionsURL)", "token": "\#(tokenA)"}"#)
            #expect(registered.status == 200, "\(registered.body)")
            #expect(try await state(of: "operator-a", at: b, client: client) == "REGISTERED")
            #expect(try await state(of: "operator-b", at: a, client: client) == "REGISTERED")

            // Each calls the other with its new token; token A is dead.
            let tokenC = try #require(try await b.outboundToken(for: "operator-a"))
            let tokenB = try #require(try await a.outboundToken(for: "operator-b"))
            #expect(tokenC != tokenA && tokenB != tokenA && tokenB != tokenC)
            #expect(try await client.send(.GET, a.versionsURL, headers: ocpiAuth(tokenC)).status == 200)
            #expect(try await client.send(.GET, b.versionsURL, headers: ocpiAuth(tokenB)).status == 200)
            #expect(try await client.send(.GET, a.versionsURL, headers: ocpiAuth(tokenA)).status == 401)
            let credentials = try await client.send(
                .GET, "\(a.host.partnerURL)/ocpi/2.2.1/credentials", headers: ocpiAuth(tokenC))
            let ours = try #require(credentials.json?["data"] as? [String: Any])
            #expect(ours["token"] as? String == tokenC)
            #expect((ours["roles"] as? [[String: Any]])?.count == 2)

            // B rotates its credentials with A (PUT).
            let rotated = try await client.send(
                .POST, "\(b.host.operatorURL)/api/partners/operator-a/update", headers: operatorAuth)
            #expect(rotated.status == 200, "\(rotated.body)")
            let newC = try #require(try await b.outboundToken(for: "operator-a"))
            let newB = try #require(try await a.outboundToken(for: "operator-b"))
            #expect(newC != tokenC && newB != tokenB)
            #expect(try await client.send(.GET, a.versionsURL, headers: ocpiAuth(tokenC)).status == 401)
            #expect(try await client.send(.GET, a.versionsURL, headers: ocpiAuth(newC)).status == 200)
            #expect(try await client.send(.GET, b.versionsURL, headers: ocpiAuth(tokenB)).status == 401)
            #expect(try await client.send(.GET, b.versionsURL, headers: ocpiAuth(newB)).status == 200)

            // A unregisters B (DELETE): B's token stops working at A, and A's at B.
            let unregistered = try await client.send(
                .DELETE, "\(a.host.operatorURL)/api/partners/operator-b", headers: operatorAuth)
            #expect(unregistered.status == 200, "\(unregistered.body)")
            #expect(try await client.send(.GET, a.versionsURL, headers: ocpiAuth(newC)).status == 401)
            #expect(try await client.send(.GET, b.versionsURL, headers: ocpiAuth(newB)).status == 401)
            #expect(try await state(of: "operator-b", at: a, client: client) == "UNREGISTERED")
            #expect(try await state(of: "operator-a", at: b, client: client) == "UNREGISTERED")

            // The other direction: B issues a token A, A registers with B.
            let reissued = try await client.send(
                .POST, "\(b.host.operatorURL)/api/partners", headers: operatorAuth, body: #"{"id": "operator-a"}"#)
            let secondTokenA = try #require(reissued.json?["token"] as? String)
            let reverse = try await client.send(
                .POST, "\(a.host.operatorURL)/api/partners/operator-b/register", headers: operatorAuth,
                body: #"{"versionsURL": "\#(b.versionsURL)", "token": "\#(secondTokenA)"}"#)
            #expect(reverse.status == 200, "\(reverse.body)")
            #expect(try await state(of: "operator-b", at: a, client: client) == "REGISTERED")
            #expect(try await state(of: "operator-a", at: b, client: client) == "REGISTERED")
            let aToB = try #require(try await a.outboundToken(for: "operator-b"))
            let bToA = try #require(try await b.outboundToken(for: "operator-a"))
            #expect(try await client.send(.GET, b.versionsURL, headers: ocpiAuth(aToB)).status == 200)
            #expect(try await client.send(.GET, a.versionsURL, headers: ocpiAuth(bToA)).status == 200)
        }
        #expect(try await a.host.shutdown() == 0)
        #expect(try await b.host.shutdown() == 0)
    }

    @Test func registrationFailuresAreReportedNotFatal() async throws {
        let directory = try TemporaryDirectory()
        let certificates = try TestCertificates(in: directory)
        let a = try await OperatorHost.start("a", certificates: certificates, in: directory)
        defer { a.host.process.stop() }
        let b = try await OperatorHost.start("b", certificates: certificates, in: directory)
        defer { b.host.process.stop() }

        try await withTestClient(trusting: certificates.caCertificate) { client in
            let wrongToken = try await client.send(
                .POST, "\(b.host.operatorURL)/api/partners/register", headers: operatorAuth,
                body: #"{"id": "operator-a", "versionsURL": "\#(a.versionsURL)", "token": "not-the-token"}"#)
            #expect(wrongToken.status == 502)
            #expect(wrongToken.json?["error"] as? String == "partner_failed")
            #expect((wrongToken.json?["message"] as? String)?.contains("401") == true)
            #expect(try await state(of: "operator-a", at: b, client: client) == "FAILED")

            let unreachable = try await client.send(
                .POST, "\(b.host.operatorURL)/api/partners/register", headers: operatorAuth,
                body: #"{"id": "nobody", "versionsURL": "https://127.0.0.1:1/ocpi/versions", "token": "whatever"}"#)
            #expect(unreachable.status == 502)
            #expect((unreachable.json?["message"] as? String)?.contains("3001") == true)
            let view = try await client.send(.GET, "\(b.host.operatorURL)/api/partners/nobody", headers: operatorAuth)
            #expect(((view.json?["ocpi"] as? [String: Any])?["lastError"] as? String)?.contains("unreachable") == true)
        }
        #expect(try await b.host.shutdown() == 0)
        #expect(try await a.host.shutdown() == 0)
    }
}
