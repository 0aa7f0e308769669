import AsyncHTTPClient
import Foundation
import NIOHTTP1
import PlatformCore
import RoamwireTesting
import Testing

/// The real binary: probes over real HTTP on loopback, API-key protection, request ids, and a
/// clean exit on SIGTERM.
@Suite struct HostLifecycleTests {
    @Test func probesAnswerAndSigtermExitsCleanly() async throws {
        let directory = try TemporaryDirectory()
        let host = try await RunningHost.start(config: try HostTestConfig().write(to: directory))
        defer { host.process.stop() }

        try await withTestClient { client in
            let health = try await client.send(.GET, "\(host.operatorURL)/health")
            #expect(health.status == 200)
            #expect(health.json?["status"] as? String == "ok")

            let ready = try await client.send(.GET, "\(host.operatorURL)/ready")
            #expect(ready.status == 200)
            #expect(ready.json?["status"] as? String == "ready")

            let metrics = try await client.send(.GET, "\(host.operatorURL)/metrics", headers: operatorAuth)
            #expect(metrics.status == 200)
            #expect(metrics.headers["Content-Type"].first?.hasPrefix("text/plain") == true)
            #expect(metrics.body.contains("roamwire_outbox_depth 0"))
            #expect(
                metrics.body.contains(
                    #"hb_requests{http_route="/health",http_request_method="GET",http_response_status_code="200"} 1"#))
        }

        #expect(try await host.shutdown() == 0)
        #expect(host.process.output.contains("roamwire stopped"))
        #expect(host.process.output.contains("outbox worker stopped"))
    }

    @Test func metricsAndAPINeedTheKey() async throws {
        let directory = try TemporaryDirectory()
        let host = try await RunningHost.start(config: try HostTestConfig().write(to: directory))
        defer { host.process.stop() }

        try await withTestClient { client in
            for path in ["/metrics", "/api/outbox"] {
                let missing = try await client.send(.GET, "\(host.operatorURL)\(path)")
                #expect(missing.status == 401, "\(path)")
                #expect(missing.json?["error"] as? String == "unauthorized")
                let wrong = try await client.send(
                    .GET, "\(host.operatorURL)\(path)", headers: [("Authorization", "Bearer not-the-key-0123456789")])
                #expect(wrong.status == 401, "\(path)")
                let right = try await client.send(.GET, "\(host.operatorURL)\(path)", headers: operatorAuth)
                #expect(right.status == 200, "\(path)")
            }
        }
        #expect(try await host.shutdown() == 0)
    }

    @Test func requestIDIsEchoedAndLogged() async throws {
        let directory = try TemporaryDirectory()
        let host = try await RunningHost.start(config: try HostTestConfig().write(to: directory))
        defer { host.process.stop() }

        try await withTestClient { client in
            let given = try await client.send(
                .GET, "\(host.operatorURL)/metrics", headers: [("X-Request-ID", "req-42")])
            #expect(given.headers["X-Request-ID"].first == "req-42")
            let generated = try await client.send(.GET, "\(host.operatorURL)/health")
            #expect(UUID(uuidString: generated.headers["X-Request-ID"].first ?? "") != nil)
        }
        try await host.process.waitForOutput(containing: #""request.id":"req-42""#)
        #expect(try await host.shutdown() == 0)
    }
}
