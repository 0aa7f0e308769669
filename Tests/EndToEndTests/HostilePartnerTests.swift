import Foundation
import HTTPTypes
import NIOHTTP1
import RoamwireTesting
import Testing

@testable import ProtocolOCPI

/// One real `roamwire` host meets partners that misbehave on purpose (``HostilePartner``), in both
/// directions of the OCPI credentials handshake: every failure is reported with the right OCPI
/// status (3001 their API is unusable, 3002 no common version, 3003 no credentials endpoint),
/// recorded for operators and logged, retried only where retrying may help (never the credentials
/// POST, which is not idempotent), and never takes the host down. Every request the host makes carries the OCPI authorization and tracing headers.
@Suite(.hostileEnvironment) struct HostilePartnerTests {
    /// A personality of the hostile partner and what registering with it must give.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The first path segment on the hostile partner.
        var personality: String
        /// The OCPI status the failure is reported with.
        var code: Int
        /// Texts the failure's description must contain.
        var problem: [String]
        /// The requests the host must have made, as `METHOD path`, in order.
        var requests: [String]

        var testDescription: String { personality }
    }

    private static let attempts = HostileHost.attempts

    /// Everything the hostile partner can do wrong while we read its API.
    static let discoveryFailures: [Case] = [
        Case(
            personality: "html", code: 3001, problem: ["did not answer with an OCPI response", "<html>"],
            requests: ["GET /html/ocpi/versions"]),
        Case(
            personality: "error500", code: 3001, problem: ["HTTP 500"],
            requests: Array(repeating: "GET /error500/ocpi/versions", count: attempts)),
        Case(
            personality: "hang", code: 3001, problem: ["did not answer in time"],
            requests: Array(repeating: "GET /hang/ocpi/versions", count: attempts)),
        Case(
            personality: "garbage", code: 3001, problem: ["did not answer with an OCPI response"],
            requests: ["GET /garbage/ocpi/versions"]),
        Case(
            personality: "envelope-error", code: 3001, problem: ["OCPI status 2000", "refuses everything"],
            requests: ["GET /envelope-error/ocpi/versions"]),
        Case(
            personality: "old", code: 3002, problem: ["no common OCPI version", "2.1.1"],
            requests: ["GET /old/ocpi/versions"]),
        Case(
            personality: "nocreds", code: 3003, problem: ["no credentials endpoint"],
            requests: ["GET /nocreds/ocpi/versions", "GET /nocreds/ocpi/2.2.1"]),
    ]

    /// A partner whose API reads fine but whose credentials endpoint answers 500: the POST is sent
    /// once (a repeated credentials POST could hit a handshake the partner already completed), and
    /// its failure is OCPI 3001 like the failures before it.
    static let credentialsPostFails = Case(
        personality: "ok", code: 3001, problem: ["/ok/ocpi/2.2.1/credentials", "HTTP 500"],
        requests: ["GET /ok/ocpi/versions", "GET /ok/ocpi/2.2.1", "POST /ok/ocpi/2.2.1/credentials"])

    // MARK: - We register with them

    @Test(arguments: discoveryFailures + [credentialsPostFails])
    func registeringWithAHostilePartnerFailsCleanly(_ hostile: Case) async throws {
        let env = try HostileHost.shared()
        let client = env.client
        let id = "hostile-out-\(hostile.personality)"
        let tokenA = "their-token-a-\(hostile.personality)-\(UUID().uuidString.prefix(8))"

        let started = ContinuousClock.now
        let answer = try await client.send(
            .POST, "\(env.host.operatorURL)/api/partners/register", headers: operatorAuth,
            body:
                #"{"id": "\#(id)", "versionsURL": "\#(env.partner.versionsURL(hostile.personality))", "token": "\#(tokenA)"}"#
        )
        let elapsed = ContinuousClock.now - started

        // The operator is told what went wrong.
        #expect(answer.status == 502, "\(answer.body)")
        #expect(answer.json?["error"] as? String == "partner_failed", "\(answer.body)")
        let message = try #require(answer.json?["message"] as? String, "\(answer.body)")
        #expect(message.contains("OCPI \(hostile.code)"), "\(message)")
        for text in hostile.problem { #expect(message.contains(text), "\(message)") }
        // A hanging partner costs `attempts` timeouts plus the backoff, not more.
        #expect(elapsed < .seconds(HostileHost.attempts * 2) + .milliseconds(500), "took \(elapsed)")

        // The partner record says FAILED and why.
        let view = try await client.send(.GET, "\(env.host.operatorURL)/api/partners/\(id)", headers: operatorAuth)
        #expect(view.status == 200, "\(view.body)")
        #expect((view.json?["partner"] as? [String: Any])?["credentialsState"] as? String == "FAILED", "\(view.body)")
        let lastError = try #require((view.json?["ocpi"] as? [String: Any])?["lastError"] as? String, "\(view.body)")
        #expect(lastError.contains("OCPI \(hostile.code)"), "\(lastError)")
        for text in hostile.problem { #expect(lastError.contains(text), "\(lastError)") }

        // The log says so, naming the partner.
        let logged = try await env.waitForLogLine("credentials handshake failed", where: ["ocpi.partner": id])
        #expect(logged != nil, "no 'credentials handshake failed' line for \(id)")
        #expect((logged?["reason"] as? String)?.contains("OCPI \(hostile.code)") == true, "\(logged ?? [:])")

        // The requests: retried only on 5xx and timeouts (the credentials POST never), each with
        // token A (Base64) and tracing headers, all of one registration under one correlation id.
        let requests = env.partner.requests(presenting: tokenA)
        #expect(requests.map { "\($0.method) \($0.path)" } == hostile.requests)
        expectOCPIHeaders(on: requests, token: tokenA)

        // The host lives on.
        try await expectHostAlive(env)
    }

    @Test func failedCredentialsPostWithdrawsTheTokenWeOffered() async throws {
        let env = try HostileHost.shared()
        let client = env.client
        let id = "hostile-out-ok-grant"
        let tokenA = "their-token-a-ok-\(UUID().uuidString.prefix(8))"
        let answer = try await client.send(
            .POST, "\(env.host.operatorURL)/api/partners/register", headers: operatorAuth,
            body: #"{"id": "\#(id)", "versionsURL": "\#(env.partner.versionsURL("ok"))", "token": "\#(tokenA)"}"#)
        #expect(answer.status == 502, "\(answer.body)")

        // We did offer a token B in the POST, sent once: it failed with a 5xx, but a credentials
        // POST is not idempotent, so it is not retried...
        let posts = env.partner.requests(presenting: tokenA).filter { $0.method == .post }
        #expect(posts.count == 1)
        let offered = try #require(posts.first?.json)
        let tokenB = try #require(offered["token"] as? String, "\(posts.first?.text ?? "")")
        #expect(offered["url"] as? String == env.versionsURL)
        #expect((offered["roles"] as? [[String: Any]])?.count == 2)
        #expect(posts.first?.header("Content-Type") == "application/json")

        // ...and it is withdrawn: no grant, no inbound token, 401 at our versions endpoint.
        #expect(try await env.grant(for: tokenB) == nil)
        let connection = try #require(try await env.connection(for: id))
        #expect(connection.inboundTokenHash == nil)
        #expect(connection.outboundToken == nil)
        #expect(connection.lastError?.contains("HTTP 500") == true, "\(connection.lastError ?? "nil")")
        #expect(connection.lastError?.hasPrefix("OCPI 3001: ") == true, "\(connection.lastError ?? "nil")")
        #expect(try await client.send(.GET, env.versionsURL, headers: ocpiAuth(tokenB)).status == 401)
        #expect(
            try await client.send(.GET, env.versionsURL, headers: [("Authorization", "Token \(tokenB)")]).status == 401)
        #expect(try await client.send(.GET, env.versionsURL, headers: ocpiAuth(tokenA)).status == 401)
        #expect(try await client.send(.GET, env.versionsURL).status == 401)

        // A second attempt is allowed (FAILED is not a dead end) and fails the same way.
        let again = try await client.send(
            .POST, "\(env.host.operatorURL)/api/partners/\(id)/register", headers: operatorAuth,
            body: #"{"versionsURL": "\#(env.partner.versionsURL("ok"))", "token": "\#(tokenA)"}"#)
        #expect(again.status == 502, "\(again.body)")
        let allPosts = env.partner.requests(presenting: tokenA).filter { $0.method == .post }
        #expect(allPosts.count == 2, "one more POST, again not retried")
        let tokenB2 = try #require(allPosts.last?.json?["token"] as? String)
        #expect(tokenB2 != tokenB)
        #expect(try await env.grant(for: tokenB2) == nil)
        #expect(try await env.connection(for: id)?.inboundTokenHash == nil)
        try await expectHostAlive(env)
    }

    @Test func registeringWithARefusingPartnerFailsFast() async throws {
        let env = try HostileHost.shared()
        let closed = try await WebhookReceiver.closedPortURL()
        let id = "hostile-out-refused"
        let started = ContinuousClock.now
        let answer = try await env.client.send(
            .POST, "\(env.host.operatorURL)/api/partners/register", headers: operatorAuth,
            body: #"{"id": "\#(id)", "versionsURL": "\#(closed)/ocpi/versions", "token": "refused-token-a"}"#)
        let elapsed = ContinuousClock.now - started
        #expect(answer.status == 502, "\(answer.body)")
        let message = answer.json?["message"] as? String ?? ""
        #expect(message.contains("OCPI 3001") && message.contains("unreachable"), "\(message)")
        let view = try await env.client.send(
            .GET, "\(env.host.operatorURL)/api/partners/\(id)", headers: operatorAuth)
        #expect((view.json?["partner"] as? [String: Any])?["credentialsState"] as? String == "FAILED", "\(view.body)")
        // A refused connection is an answer: it needs no timeout. The OCPI plugin's HTTP client
        // does not retry establishing connections itself (`retryConnectionEstablishment = false`),
        // so every attempt fails at once: the whole registration, both attempts and the backoff
        // between them, takes less than one timeout.
        #expect(elapsed < .milliseconds(HostileHost.timeoutMilliseconds), "took \(elapsed)")
        // It was still retried: a refusal is a network failure, which may be over by the next try.
        let retried = env.logLines("OCPI call failed, retrying").filter {
            $0["url"] as? String == "\(closed)/ocpi/versions"
        }
        #expect(retried.count == HostileHost.attempts - 1, "\(retried)")
        #expect(retried.allSatisfy { ($0["error"] as? String)?.contains("unreachable") == true }, "\(retried)")
        try await expectHostAlive(env)
    }

    // MARK: - They register with us

    @Test(arguments: discoveryFailures)
    func hostilePartnerRegisteringWithUsGetsTheRightStatus(_ hostile: Case) async throws {
        let env = try HostileHost.shared()
        let client = env.client
        let id = "hostile-in-\(hostile.personality)"
        let tokenA = try await env.host.registrationToken(for: id, client: client)
        let offered = "hostile-token-b-\(hostile.personality)-\(UUID().uuidString.prefix(8))"
        let correlationID = "hostile-correlation-\(UUID().uuidString)"

        let answer = try await postCredentials(
            env, tokenA: tokenA, offering: offered, versionsURL: env.partner.versionsURL(hostile.personality),
            correlationID: correlationID)

        // HTTP 200 with the OCPI status that names the problem.
        #expect(answer.status == 200, "\(answer.body)")
        let code = hostile.code
        #expect(answer.json?["status_code"] as? Int == code, "\(answer.body)")
        let statusMessage = answer.json?["status_message"] as? String ?? ""
        for text in hostile.problem { #expect(statusMessage.contains(text), "\(statusMessage)") }
        #expect(answer.json?["timestamp"] is String, "\(answer.body)")
        #expect(answer.headers.first(name: "X-Correlation-ID") == correlationID)

        // Our calls to their API used the token they offered and carried their correlation id.
        let requests = env.partner.requests(presenting: offered)
        #expect(requests.map { "\($0.method) \($0.path)" } == hostile.requests)
        expectOCPIHeaders(on: requests, token: offered)
        for request in requests { #expect(request.header("X-Correlation-ID") == correlationID) }

        // Recorded, logged, and token A survives the failure.
        let view = try await client.send(.GET, "\(env.host.operatorURL)/api/partners/\(id)", headers: operatorAuth)
        #expect((view.json?["partner"] as? [String: Any])?["credentialsState"] as? String == "FAILED", "\(view.body)")
        let lastError = (view.json?["ocpi"] as? [String: Any])?["lastError"] as? String ?? ""
        #expect(lastError.contains("OCPI \(code)"), "\(lastError)")
        let logged = try await env.waitForLogLine("credentials handshake failed", where: ["ocpi.partner": id])
        #expect(logged != nil, "no 'credentials handshake failed' line for \(id)")
        #expect(try await client.send(.GET, env.versionsURL, headers: ocpiAuth(tokenA)).status == 200)
        #expect(try await client.send(.GET, env.versionsURL, headers: ocpiAuth(offered)).status == 401)
        #expect(
            try await client.send(.GET, "\(env.host.partnerURL)/ocpi/2.2.1/hubclientinfo", headers: ocpiAuth(tokenA))
                .status == 401)
        try await expectHostAlive(env)

        // Once their API behaves, the same token A registers them, and only then is it spent.
        let retry = try await postCredentials(
            env, tokenA: tokenA, offering: offered, versionsURL: env.partner.versionsURL("ok"),
            correlationID: correlationID)
        #expect(retry.status == 200, "\(retry.body)")
        #expect(retry.json?["status_code"] as? Int == 1000, "\(retry.body)")
        let tokenC = try #require((retry.json?["data"] as? [String: Any])?["token"] as? String, "\(retry.body)")
        #expect(try await client.send(.GET, env.versionsURL, headers: ocpiAuth(tokenA)).status == 401)
        #expect(try await client.send(.GET, env.versionsURL, headers: ocpiAuth(tokenC)).status == 200)
        let registered = try await client.send(
            .GET, "\(env.host.operatorURL)/api/partners/\(id)", headers: operatorAuth)
        #expect(
            (registered.json?["partner"] as? [String: Any])?["credentialsState"] as? String == "REGISTERED",
            "\(registered.body)")
        #expect((registered.json?["ocpi"] as? [String: Any])?["lastError"] == nil, "\(registered.body)")
    }

    // MARK: - Helpers

    /// The hostile partner POSTs its credentials to our host with token A.
    private func postCredentials(
        _ env: HostileHost, tokenA: String, offering token: String, versionsURL: String, correlationID: String
    ) async throws -> TestResponse {
        try await env.client.send(
            .POST, env.credentialsURL,
            headers: ocpiAuth(tokenA) + [
                ("X-Correlation-ID", correlationID), ("X-Request-ID", UUID().uuidString),
            ],
            body: #"""
                {"token": "\#(token)", "url": "\#(versionsURL)", "roles": [{"role": "CPO", "party_id": "HOS",
                 "country_code": "DE", "business_details": {"name": "Hostile Partner"}}]}
                """#)
    }

    /// Every request carried `Authorization: Token <base64 token>`, its own `X-Request-ID`, and
    /// the one `X-Correlation-ID` of the handshake.
    private func expectOCPIHeaders(
        on requests: [HostilePartner.Received], token: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(!requests.isEmpty, sourceLocation: sourceLocation)
        let authorization = "Token \(Data(token.utf8).base64EncodedString())"
        for request in requests {
            #expect(
                request.header("Authorization") == authorization, "\(request.method) \(request.path)",
                sourceLocation: sourceLocation)
        }
        let requestIDs = requests.compactMap { $0.header("X-Request-ID") }.filter { !$0.isEmpty }
        #expect(requestIDs.count == requests.count, "X-Request-ID missing", sourceLocation: sourceLocation)
        #expect(Set(requestIDs).count == requestIDs.count, "X-Request-ID reused", sourceLocation: sourceLocation)
        let correlationIDs = requests.compactMap { $0.header("X-Correlation-ID") }.filter { !$0.isEmpty }
        #expect(correlationIDs.count == requests.count, "X-Correlation-ID missing", sourceLocation: sourceLocation)
        #expect(Set(correlationIDs).count == 1, "\(Set(correlationIDs))", sourceLocation: sourceLocation)
    }

    /// The host still answers on both listeners.
    private func expectHostAlive(_ env: HostileHost, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let health = try await env.client.send(.GET, "\(env.host.operatorURL)/health")
        #expect(health.status == 200, sourceLocation: sourceLocation)
        #expect(
            try await env.client.send(.GET, env.versionsURL).status == 401, "partner listener",
            sourceLocation: sourceLocation)
    }
}
