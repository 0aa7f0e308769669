import AsyncHTTPClient
import Foundation
import NIOHTTP1
import PlatformCore
import RoamwireTesting
import Testing

/// The operator API of a real host: changes go through the roles, are stored, and reach the
/// webhook plugin through the durable outbox; mistakes get JSON errors with 4xx statuses.
@Suite struct OperatorAPITests {
    private func startHost(webhook url: String, in directory: TemporaryDirectory) async throws -> RunningHost {
        var config = HostTestConfig()
        config.plugins = "\n  - name: webhook\n    config:\n      url: \(url)\n      authorization: Bearer hook-secret"
        return try await RunningHost.start(config: try config.write(to: directory))
    }

    @Test func publishedLocationReachesTheWebhookDespiteFailures() async throws {
        let directory = try TemporaryDirectory()
        try await WebhookReceiver.withReceiver { base, receiver in
            let webhook = "\(base)/flaky/2"  // answers 500 twice, then 200
            let host = try await startHost(webhook: webhook, in: directory)
            defer { host.process.stop() }

            let location = DomainSamples.location()
            try await withTestClient { client in
                let put = try await client.send(
                    .PUT, "\(host.operatorURL)/api/cpo/locations/\(location.id)", headers: operatorAuth,
                    body: try JSONEncoder.documents.encodeToString(location))
                #expect(put.status == 200, "\(put.body)")
            }
            let attempts = try await receiver.waitForRequests(count: 3, path: "/flaky/2")
            try #require(attempts.count == 3, "\(attempts.count) attempts arrived")
            #expect(attempts.map(\.status) == [500, 500, 200])
            #expect(Set(attempts.map(\.body)).count == 1, "every attempt carries the same body")
            let delivered = try #require(attempts.last)
            let event = try #require(try JSONSerialization.jsonObject(with: delivered.body) as? [String: Any])
            #expect(event["event"] as? String == "location.changed")
            let data = try #require(event["data"] as? [String: Any])
            #expect(data["id"] as? String == location.id)
            #expect((data["evses"] as? [Any])?.count == location.evses.count)

            try await withTestClient { client in
                let outbox = try await client.send(.GET, "\(host.operatorURL)/api/outbox", headers: operatorAuth)
                #expect(outbox.body == "[]")
            }
            #expect(try await host.shutdown() == 0)
            #expect(receiver.requests.count == 3, "the body arrived once with 200, after two failures, and no more")
        }
    }

    @Test func locationOfAnotherPartyIsRefused() async throws {
        let directory = try TemporaryDirectory()
        let host = try await RunningHost.start(config: try HostTestConfig().write(to: directory))
        defer { host.process.stop() }

        let foreign = DomainSamples.location(party: try PartyID(countryCode: "FR", partyID: "OTH"))
        try await withTestClient { client in
            let put = try await client.send(
                .PUT, "\(host.operatorURL)/api/cpo/locations/\(foreign.id)", headers: operatorAuth,
                body: try JSONEncoder.documents.encodeToString(foreign))
            #expect(put.status == 422)
            #expect(put.json?["error"] as? String == "not_our_party")
            #expect(put.json?["field"] as? String == "party")
        }
        #expect(try await host.shutdown() == 0)
    }

    @Test func malformedAndMismatchedBodiesAreRefused() async throws {
        let directory = try TemporaryDirectory()
        let host = try await RunningHost.start(config: try HostTestConfig().write(to: directory))
        defer { host.process.stop() }

        try await withTestClient { client in
            let garbage = try await client.send(
                .PUT, "\(host.operatorURL)/api/cpo/locations/LOC1", headers: operatorAuth, body: "{not json")
            #expect(garbage.status == 400)
            #expect(garbage.json?["error"] as? String == "invalid_body")

            var location = DomainSamples.location()
            location.address = ""
            let wrongType = try await client.send(
                .PUT, "\(host.operatorURL)/api/cpo/locations/\(location.id)", headers: operatorAuth,
                body: try JSONEncoder.documents.encodeToString(location).replacingOccurrences(
                    of: #""publish":true"#, with: #""publish":"yes""#))
            #expect(wrongType.status == 400)
            #expect(wrongType.json?["field"] as? String == "publish")

            let mismatch = try await client.send(
                .PUT, "\(host.operatorURL)/api/cpo/locations/OTHER", headers: operatorAuth,
                body: try JSONEncoder.documents.encodeToString(DomainSamples.location()))
            #expect(mismatch.status == 422)
            #expect(mismatch.json?["field"] as? String == "id")

            let huge = try await client.send(
                .PUT, "\(host.operatorURL)/api/cpo/locations/LOC1", headers: operatorAuth,
                body: String(repeating: " ", count: 2 << 20))
            #expect(huge.status == 413)
        }
        #expect(try await host.shutdown() == 0)
    }
}
