import AsyncHTTPClient
import Foundation
import HTTPTypes
import Logging
import NIOCore
import NIOHTTP1
import RoamwireTesting
import Synchronization
import Testing

@testable import ProtocolOCPI

/// ``OCPIClient`` in this process, on an HTTP client configured as the OCPI plugin's, against a
/// real ``HostilePartner`` over loopback: what it retries and how long it waits (through an
/// injected sleep, so no test waits for a backoff), how it names failures, how it pages and how it
/// writes the token.
@Suite struct OCPIClientTests {
    private static let token = "client-test-token-1"

    /// The waits the client asked for, instead of waiting.
    private final class Delays: Sendable {
        private let recorded = Mutex<[Duration]>([])
        var all: [Duration] { recorded.withLock { $0 } }
        func record(_ delay: Duration) { recorded.withLock { $0.append(delay) } }
    }

    /// Runs `body` with a client on a fresh hostile partner; the client's sleeps are recorded,
    /// not slept.
    private func withClient<T>(
        attempts: Int = 3, baseDelay: Duration = .seconds(5), timeout: Duration = .seconds(5),
        maxBodyBytes: Int = OCPIClient.Policy().maxBodyBytes,
        _ body: (OCPIClient, HostilePartner, Delays) async throws -> T
    ) async throws -> T {
        try await HostilePartner.withPartner { partner in
            try await withPluginHTTPClient { http in
                let delays = Delays()
                let policy = OCPIClient.Policy(
                    attempts: attempts, baseDelay: baseDelay, timeout: timeout, maxBodyBytes: maxBodyBytes)
                let client = OCPIClient(http: http, policy: policy, logger: .quiet, sleep: { delays.record($0) })
                return try await body(client, partner, delays)
            }
        }
    }

    /// Runs `body` with an HTTP client configured as the OCPI plugin's (`PluginFactory.ocpi`), and
    /// shuts it down afterwards. Like the plugin's, it does not retry establishing a connection
    /// itself: retrying is ``OCPIClient``'s job.
    private func withPluginHTTPClient<T>(_ body: (HTTPClient) async throws -> T) async throws -> T {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .seconds(5))
        configuration.connectionPool.retryConnectionEstablishment = false
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        do {
            let result = try await body(http)
            try await http.shutdown()
            return result
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    /// The error `call` throws, or nil (recorded as an issue) when it succeeds.
    private func failure<T>(
        sourceLocation: SourceLocation = #_sourceLocation, _ call: () async throws -> T
    ) async -> OCPIClientError? {
        do {
            let value = try await call()
            Issue.record("expected a failure, got \(value)", sourceLocation: sourceLocation)
            return nil
        } catch let error as OCPIClientError {
            return error
        } catch {
            Issue.record("expected an OCPIClientError, got \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    private static func credentials(_ encoding: OCPIAuthorizationHeader.Encoding = .base64) -> OCPIClient.Credentials {
        OCPIClient.Credentials(token: token, encoding: encoding)
    }

    // MARK: - Retries

    @Test(arguments: [1, 2, 3, 4])
    func serverErrorsAreRetriedWithDoublingBackoff(attempts: Int) async throws {
        try await withClient(attempts: attempts, baseDelay: .seconds(5)) { client, partner, delays in
            let started = ContinuousClock.now
            let url = "\(partner.baseURL)/error500/ocpi/versions"
            let error = await failure {
                try await client.send(.GET, url, credentials: Self.credentials(), as: [OCPIVersion].self)
            }
            #expect(error?.kind == .httpStatus(500))
            #expect(error?.isRetryable == true)
            #expect(partner.requests.count == attempts)
            #expect(partner.requests.allSatisfy { $0.path == "/error500/ocpi/versions" })
            // 5 s, 10 s, 20 s: asked for, not slept.
            #expect(delays.all == (0..<(attempts - 1)).map { Duration.seconds(5) * (1 << $0) })
            #expect(ContinuousClock.now - started < .seconds(5))
        }
    }

    @Test func retryingStopsAtTheFirstSuccess() async throws {
        try await withClient(attempts: 4, baseDelay: .milliseconds(250)) { client, partner, delays in
            let reply = try await client.send(
                .GET, "\(partner.baseURL)/flaky/2/ocpi/versions", credentials: Self.credentials(),
                correlationID: "retry-chain", as: [OCPIVersion].self)
            #expect(reply.statusCode == 1000)
            #expect(reply.data?.map(\.version) == ["2.1.1", "2.2.1"])
            #expect(partner.requests.count == 3)
            #expect(delays.all == [.milliseconds(250), .milliseconds(500)])
            // Every attempt is a new HTTP request of the same chain.
            let requestIDs = partner.requests.compactMap { $0.header("X-Request-ID") }
            #expect(Set(requestIDs).count == 3)
            #expect(partner.requests.allSatisfy { $0.header("X-Correlation-ID") == "retry-chain" })
        }
    }

    @Test func sendingWithoutRetryingMakesOneAttempt() async throws {
        try await withClient(attempts: 4) { client, partner, delays in
            let error = await failure {
                try await client.send(
                    .POST, "\(partner.baseURL)/error500/ocpi/2.2.1/credentials", credentials: Self.credentials(),
                    body: Data(#"{"token": "x"}"#.utf8), retrying: false, as: Discarded.self)
            }
            #expect(error?.kind == .httpStatus(500))
            #expect(error?.isRetryable == true, "retryable in itself: the caller asked for one attempt")
            #expect(partner.requests.map(\.path) == ["/error500/ocpi/2.2.1/credentials"])
            #expect(delays.all.isEmpty)
        }
    }

    @Test func cancellationWhileWaitingToRetryStopsRetrying() async throws {
        try await HostilePartner.withPartner { partner in
            try await withPluginHTTPClient { http in
                // This client really sleeps (30 s before its second attempt), recording each wait.
                let delays = Delays()
                let policy = OCPIClient.Policy(attempts: 3, baseDelay: .seconds(30), timeout: .seconds(5))
                let client = OCPIClient(
                    http: http, policy: policy, logger: .quiet,
                    sleep: { delay in
                        delays.record(delay)
                        try await Task.sleep(for: delay)
                    })
                let url = "\(partner.baseURL)/error500/ocpi/versions"
                let call = Task {
                    try await client.send(.GET, url, credentials: Self.credentials(), as: [OCPIVersion].self)
                }
                // Once the client waits for its second attempt, cancel the call.
                let deadline = ContinuousClock.now + .seconds(10)
                while delays.all.isEmpty && ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(10))
                }
                #expect(delays.all == [.seconds(30)])
                let cancelled = ContinuousClock.now
                call.cancel()
                let result = await call.result
                let elapsed = ContinuousClock.now - cancelled

                switch result {
                case .success(let reply):
                    Issue.record("expected a failure, got \(reply)")
                case .failure(let error):
                    let error = error as? OCPIClientError
                    #expect(error?.kind == .unreachable, "\(String(describing: error))")
                    #expect(error?.reason == "cancelled while waiting to retry", "\(String(describing: error))")
                    #expect(error?.url == url)
                }
                // It stopped at once: no second attempt, no wait for the rest of the backoff.
                #expect(elapsed < .seconds(5), "took \(elapsed)")
                #expect(partner.requests.count == 1)
                #expect(delays.all == [.seconds(30)])
            }
        }
    }

    @Test(arguments: [400, 401, 403, 404, 405, 409, 429])
    func clientErrorsAreNeverRetried(status: Int) async throws {
        try await withClient { client, partner, delays in
            let error = await failure {
                try await client.send(
                    .GET, "\(partner.baseURL)/status/\(status)/thing", credentials: Self.credentials(),
                    as: Discarded.self)
            }
            #expect(error?.kind == .httpStatus(status))
            #expect(error?.description.contains("HTTP \(status)") == true, "\(String(describing: error))")
            #expect(partner.requests.count == 1)
            #expect(delays.all.isEmpty)
        }
    }

    @Test(arguments: [2000, 2001, 2003, 3000, 3001])
    func ocpiRefusalsAreNeverRetried(code: Int) async throws {
        try await withClient { client, partner, delays in
            let body = Data(#"{"token": "x"}"#.utf8)
            let error = await failure {
                try await client.send(
                    .PUT, "\(partner.baseURL)/ocpi-status/\(code)/thing", credentials: Self.credentials(), body: body,
                    as: Discarded.self)
            }
            #expect(error?.kind == .ocpiStatus(code))
            #expect(error?.reason == "OCPI \(code) on purpose")
            #expect(partner.requests.count == 1)
            #expect(partner.requests.first?.header("Content-Type") == "application/json")
            #expect(partner.requests.first?.text == #"{"token": "x"}"#)
            #expect(delays.all.isEmpty)
        }
    }

    @Test(arguments: ["html", "garbage"])
    func answersThatAreNotOCPIAreNeverRetried(personality: String) async throws {
        try await withClient { client, partner, delays in
            let error = await failure {
                try await client.send(
                    .GET, partner.versionsURL(personality), credentials: Self.credentials(), as: [OCPIVersion].self)
            }
            #expect(error?.kind == .notOCPI)
            #expect(partner.requests.count == 1)
            #expect(delays.all.isEmpty)
        }
    }

    @Test func envelopeWithUnexpectedDataIsNotOCPI() async throws {
        try await withClient { client, partner, delays in
            // The `nocreds` versions list is valid, but not a version details object.
            let error = await failure {
                try await client.send(
                    .GET, partner.versionsURL("nocreds"), credentials: Self.credentials(), as: OCPIVersionDetails.self)
            }
            #expect(error?.kind == .notOCPI)
            #expect(error?.reason.hasPrefix("unexpected data") == true, "\(String(describing: error))")
            #expect(partner.requests.count == 1)
            #expect(delays.all.isEmpty)
        }
    }

    // MARK: - Network failures

    @Test func silenceIsATimeoutAndRetried() async throws {
        // Long enough for each attempt to reach the partner however busy the machine is.
        let timeout = Duration.seconds(1)
        try await withClient(attempts: 2, baseDelay: .seconds(5), timeout: timeout) { client, partner, delays in
            let started = ContinuousClock.now
            let error = await failure {
                try await client.send(
                    .GET, partner.versionsURL("hang"), credentials: Self.credentials(), as: [OCPIVersion].self)
            }
            let elapsed = ContinuousClock.now - started
            #expect(error?.kind == .timeout, "\(String(describing: error))")
            #expect(error?.description.contains("did not answer in time") == true)
            #expect(partner.requests.count == 2)
            #expect(delays.all == [.seconds(5)])
            // Each attempt waited for its timeout; the 5 s backoff was asked for, not slept.
            #expect(elapsed >= timeout * 2 && elapsed < timeout * 2 + .seconds(3), "took \(elapsed)")
        }
    }

    @Test func refusedConnectionIsUnreachableAndRetried() async throws {
        let closed = try await WebhookReceiver.closedPortURL()
        // The HTTP client does not retry establishing the connection until the request's deadline
        // (`retryConnectionEstablishment = false`, as in the plugin): each refusal is reported at
        // once, and OCPIClient retries the call with its backoff.
        try await withClient(attempts: 3, baseDelay: .milliseconds(100), timeout: .seconds(5)) {
            client, _, delays in
            let started = ContinuousClock.now
            let error = await failure {
                try await client.send(
                    .GET, "\(closed)/ocpi/versions", credentials: Self.credentials(), as: [OCPIVersion].self)
            }
            let elapsed = ContinuousClock.now - started
            #expect(error?.kind == .unreachable, "\(String(describing: error))")
            #expect(error?.isRetryable == true)
            #expect(error?.url == "\(closed)/ocpi/versions")
            #expect(delays.all == [.milliseconds(100), .milliseconds(200)])
            // Three refusals (the backoff is not slept), not three timeouts.
            #expect(elapsed < .seconds(5), "took \(elapsed)")
        }
    }

    @Test func oversizedAnswerIsRefusedWithoutRetrying() async throws {
        try await withClient(maxBodyBytes: 64) { client, partner, delays in
            let error = await failure {
                try await client.send(
                    .GET, partner.versionsURL("ok"), credentials: Self.credentials(), as: [OCPIVersion].self)
            }
            // The partner was reached and answered; the same answer will be as large next time.
            #expect(error?.kind == .notOCPI, "\(String(describing: error))")
            #expect(error?.reason == "answer larger than 64 bytes", "\(String(describing: error))")
            #expect(error?.isRetryable == false)
            #expect(partner.requests.count == 1)
            #expect(delays.all.isEmpty)
        }
    }

    @Test(arguments: ["/ocpi/2.2.1", "ocpi.example.com/ocpi/versions", "ftp://127.0.0.1/ocpi/versions"])
    func unusableURLIsNotRetried(url: String) async throws {
        try await withClient { client, partner, delays in
            let error = await failure {
                try await client.send(.GET, url, credentials: Self.credentials(), as: [OCPIVersion].self)
            }
            // E.g. a relative URL in a partner's versions list: no network involved, nothing to retry.
            #expect(error?.kind == .unusableURL, "\(String(describing: error))")
            #expect(error?.isRetryable == false)
            #expect(error?.url == url)
            #expect(error?.description.hasPrefix("'\(url)' is not a URL we can call: ") == true)
            #expect(delays.all.isEmpty, "\(String(describing: error))")
            #expect(partner.requests.isEmpty)
        }
    }

    // MARK: - Pagination

    @Test func allFollowsNextLinksAcrossThreePages() async throws {
        try await withClient { client, partner, delays in
            let items = try await client.all(
                "\(partner.baseURL)/paged/1", credentials: Self.credentials(), correlationID: "crawl-1", of: Int.self)
            #expect(items == [11, 12, 21, 22, 31, 32])
            #expect(partner.requests.map(\.path) == ["/paged/1", "/paged/2", "/paged/3"])
            #expect(partner.requests.map(\.query) == [nil, "limit=2", "limit=2"])
            #expect(partner.requests.allSatisfy { $0.header("X-Correlation-ID") == "crawl-1" })
            #expect(partner.requests.allSatisfy { $0.method == .get })
            #expect(delays.all.isEmpty)
        }
    }

    @Test func allStopsWithoutANextLink() async throws {
        try await withClient { client, partner, _ in
            let last = try await client.all("\(partner.baseURL)/paged/3", credentials: Self.credentials(), of: Int.self)
            #expect(last == [31, 32])
            #expect(partner.requests.count == 1)
            let capped = try await client.all(
                "\(partner.baseURL)/paged/1", credentials: Self.credentials(), maxPages: 2, of: Int.self)
            #expect(capped == [11, 12, 21, 22])
            #expect(partner.requests.count == 3)
        }
    }

    @Test func allFailsWhenAPageFails() async throws {
        try await withClient(attempts: 2) { client, partner, _ in
            let error = await failure {
                try await client.all("\(partner.baseURL)/error500/page", credentials: Self.credentials(), of: Int.self)
            }
            #expect(error?.kind == .httpStatus(500))
            #expect(partner.requests.count == 2)
        }
    }

    /// `Link` header fields and the next-page URL they name.
    struct LinkCase: Sendable, CustomTestStringConvertible {
        var fields: [String]
        var next: String?
        var testDescription: String { fields.joined(separator: " | ") }
    }

    static let next = "https://cpo.example/ocpi/cpo/2.2.1/cdrs?offset=100&limit=50"
    static let previous = "https://cpo.example/ocpi/cpo/2.2.1/cdrs?offset=0&limit=50"

    static let linkCases: [LinkCase] = [
        LinkCase(fields: [#"<\#(next)>; rel="next""#], next: next),
        LinkCase(fields: [#"<\#(next)>;rel="next""#], next: next),
        LinkCase(fields: [#"<\#(next)> ; rel = "next""#], next: next),
        LinkCase(fields: [#"  <\#(next)>;   rel="next"  "#], next: next),
        LinkCase(fields: [#"<\#(next)>; rel= "next""#], next: next),
        LinkCase(fields: [#"<\#(previous)>; rel="prev", <\#(next)>; rel="next""#], next: next),
        LinkCase(fields: [#"<\#(next)>; rel="next", <\#(previous)>; rel="prev""#], next: next),
        LinkCase(fields: [#"<\#(previous)>; rel="prev""#, #"<\#(next)>; rel="next""#], next: next),
        LinkCase(fields: [#"<\#(next)>; title="page 3"; rel="next""#], next: next),
        LinkCase(fields: [#"<\#(previous)>; rel="prev""#], next: nil),
        LinkCase(fields: [#"<\#(next)>; rel="nextpage""#], next: nil),
        LinkCase(fields: [#"\#(next); rel="next""#], next: nil),
        LinkCase(fields: [], next: nil),
    ]

    @Test(arguments: linkCases)
    func nextPageURLReadsLinkHeaders(_ link: LinkCase) {
        let reply = OCPIReply<[Int]>(
            data: [], statusCode: 1000, statusMessage: nil, headers: HTTPHeaders(link.fields.map { ("Link", $0) }))
        #expect(reply.nextPageURL == link.next)
    }

    /// Other RFC 8288 forms: an unquoted relation type, case variants of `rel` and its value,
    /// several relation types in one `rel`, commas inside the URL.
    static let rfc8288LinkCases: [LinkCase] = [
        LinkCase(fields: [#"<\#(next)>; rel=next"#], next: next),
        LinkCase(fields: [#"<\#(next)>; rel=next, <\#(previous)>; rel=prev"#], next: next),
        LinkCase(fields: [#"<\#(previous)>; rel=prev, <\#(next)>; rel=next"#], next: next),
        LinkCase(fields: [#"<\#(next)>; REL="next""#], next: next),
        LinkCase(fields: [#"<\#(next)>; Rel=NEXT"#], next: next),
        LinkCase(fields: [#"<\#(next)>; rel="Next""#], next: next),
        LinkCase(fields: [#"<\#(next)>; rel="next last""#], next: next),
        LinkCase(fields: [#"<\#(next)>; rel="last next""#], next: next),
        LinkCase(fields: [#"<\#(previous)>; rel="prev first", <\#(next)>; rel="next""#], next: next),
        LinkCase(fields: [#"<\#(next)>; rel="last nextpage""#], next: nil),
        LinkCase(fields: [#"<\#(next)>; rel=prev"#], next: nil),
        LinkCase(
            fields: [#"<https://cpo.example/cdrs?ids=a,b&offset=2>; rel="next""#],
            next: "https://cpo.example/cdrs?ids=a,b&offset=2"),
        LinkCase(
            fields: [
                #"<https://cpo.example/cdrs?ids=a,b&offset=0>; rel="prev", <https://cpo.example/cdrs?ids=a,b&offset=4>; rel="next""#
            ],
            next: "https://cpo.example/cdrs?ids=a,b&offset=4"),
    ]

    @Test(arguments: rfc8288LinkCases)
    func nextPageURLReadsRFC8288Forms(_ link: LinkCase) {
        let reply = OCPIReply<[Int]>(
            data: [], statusCode: 1000, statusMessage: nil, headers: HTTPHeaders(link.fields.map { ("Link", $0) }))
        #expect(reply.nextPageURL == link.next)
    }

    // MARK: - Authorization

    @Test(arguments: [
        (OCPIAuthorizationHeader.Encoding.base64, "Token Y2xpZW50LXRlc3QtdG9rZW4tMQ=="),
        (.raw, "Token client-test-token-1"),
    ])
    func authorizationHeaderFollowsTheEncoding(encoding: OCPIAuthorizationHeader.Encoding, header: String)
        async throws
    {
        try await withClient { client, partner, _ in
            _ = try await client.send(
                .GET, "\(partner.baseURL)/echo/ocpi/versions", credentials: Self.credentials(encoding),
                as: Discarded.self)
            let request = try #require(partner.requests.first)
            #expect(request.header("Authorization") == header)
            #expect(request.headers[values: .authorization].count == 1)
            #expect(request.header("X-Request-ID")?.isEmpty == false)
            #expect(request.header("X-Correlation-ID")?.isEmpty == false)
            #expect(request.header("Content-Type") == nil)
        }
    }

    @Test func discoverFallsBackToTheRawTokenAfter401() async throws {
        try await withClient { client, partner, delays in
            let api = try await PartnerAPI.discover(
                versionsURL: partner.versionsURL("rawonly"), token: HostilePartner.rawOnlyToken, client: client,
                correlationID: "discover-raw")
            #expect(api.encoding == .raw)
            #expect(api.version == "2.2.1")
            #expect(api.credentialsURL == "\(partner.baseURL)/rawonly/ocpi/2.2.1/credentials")
            let base64 = "Token \(Data(HostilePartner.rawOnlyToken.utf8).base64EncodedString())"
            let raw = "Token \(HostilePartner.rawOnlyToken)"
            #expect(
                partner.requests.map { "\($0.path) \($0.header("Authorization") ?? "-")" } == [
                    "/rawonly/ocpi/versions \(base64)",
                    "/rawonly/ocpi/versions \(raw)",
                    "/rawonly/ocpi/2.2.1 \(raw)",
                ])
            #expect(partner.requests.allSatisfy { $0.header("X-Correlation-ID") == "discover-raw" })
            #expect(delays.all.isEmpty)
        }
    }

    @Test func discoverKeepsBase64WhenItIsAccepted() async throws {
        try await withClient { client, partner, _ in
            let api = try await PartnerAPI.discover(
                versionsURL: partner.versionsURL("ok"), token: Self.token, client: client, correlationID: nil)
            #expect(api.encoding == .base64)
            #expect(partner.requests.map(\.path) == ["/ok/ocpi/versions", "/ok/ocpi/2.2.1"])
            #expect(
                partner.requests.allSatisfy {
                    $0.presents(Self.token) && $0.header("Authorization") != "Token \(Self.token)"
                })
        }
    }

    @Test func discoverReportsATokenRefusedInBothEncodingsAs3001() async throws {
        try await withClient { client, partner, delays in
            do {
                let api = try await PartnerAPI.discover(
                    versionsURL: partner.versionsURL("rawonly"), token: "not-the-token", client: client,
                    correlationID: nil)
                Issue.record("expected a failure, got \(api)")
            } catch let error as RegistrationFailure {
                #expect(error.code == .unableToUseClientAPI)
                #expect(error.description.contains("OCPI 3001"))
                #expect(error.reason.contains("HTTP 401"), "\(error)")
            } catch {
                Issue.record("expected a RegistrationFailure, got \(error)")
            }
            #expect(partner.requests.count == 2)
            #expect(delays.all.isEmpty)
        }
    }
}
