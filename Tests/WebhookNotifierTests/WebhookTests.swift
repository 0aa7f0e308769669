import Foundation
import HTTPTypes
import PlatformCore
import RoamwireTesting
import StoreSQLite
import Testing
import WebhookNotifier

/// The webhook plugin built the way the host builds it: from a config block, through its
/// factory, with a context over a real SQLite store.
struct WebhookFixture {
    let temporary: TemporaryStore
    let ports = Ports()
    let events = EventBus()
    let signal = OutboxSignal()
    let writer: DomainWriter
    let plugin: any Plugin

    init(config: String) async throws {
        temporary = try await TemporaryStore()
        writer = DomainWriter(store: temporary.store, ports: ports, events: events, outboxSignal: signal)
        let context = PluginContext(
            pluginID: "webhook", parties: [], store: temporary.store, events: events, ports: ports, writer: writer,
            logger: .quiet, partnerBaseURL: { "https://roaming.example" })
        plugin = try await PluginFactory.webhook.makePlugin(block: WebhookTests.block(config), context: context)
    }

    var planner: any OutboxPlanner {
        get throws {
            let planners = ports.resolveAll(.outboxPlanners)
            try #require(planners.count == 1)
            return planners[0]
        }
    }

    var deliverer: any OutboxDeliverer {
        get throws { try #require(ports.resolve(.outboxDeliverer(channel: "webhook"))) }
    }
}

/// The webhook payload: `{"event": ..., "data": ...}`.
struct Envelope<Data: Decodable>: Decodable {
    let event: String
    let data: Data
}

@Suite("Webhook plugin")
struct WebhookTests {
    let location = DomainSamples.location()
    let token = DomainSamples.token()

    static func block(_ json: String) -> PluginConfigBlock {
        PluginConfigBlock(json: Data(json.utf8), file: "roamwire.yaml", keyPath: "plugins[0].config")
    }

    static func claimed(_ message: OutboxMessage, destination: String, id: Int64 = 7) -> ClaimedOutboxMessage {
        var message = message
        message.destination = destination
        return ClaimedOutboxMessage(id: id, message: message, attempts: 0, enqueuedAt: Date())
    }

    // MARK: Planner

    @Test("the planner turns every event into one JSON message for the URL, keyed by the object")
    func plannerMessagePerEvent() async throws {
        let fixture = try await WebhookFixture(config: #"{"url": "https://ops.example.com/events"}"#)
        #expect(fixture.plugin.services.isEmpty)
        let planner = try fixture.planner

        let messages = try await planner.outboxMessages(for: .locationChanged(location))
        let message = try #require(messages.count == 1 ? messages.first : nil)
        #expect(message.channel == "webhook")
        #expect(message.destination == "https://ops.example.com/events")
        #expect(message.orderingKey == "location/DE*ABC/LOC1")
        let envelope = try DocumentCoding.makeDecoder().decode(Envelope<Location>.self, from: message.payload)
        #expect(envelope.event == "location.changed")
        #expect(envelope.data == location)
        let json = try #require(try JSONSerialization.jsonObject(with: message.payload) as? [String: Any])
        #expect(Set(json.keys) == ["event", "data"])

        let tokenMessages = try await planner.outboxMessages(for: .tokenChanged(token))
        #expect(tokenMessages.count == 1)
        #expect(tokenMessages.first?.orderingKey == DomainEvent.tokenChanged(token).objectKey)
        let deleted = try await planner.outboxMessages(for: .tariffDeleted(party: DomainSamples.cpoParty, id: "T1"))
        let deletedMessage = try #require(deleted.first)
        let deletedJSON = try #require(
            try JSONSerialization.jsonObject(with: deletedMessage.payload) as? [String: Any])
        #expect(deletedJSON["event"] as? String == "tariff.deleted")
        #expect((deletedJSON["data"] as? [String: Any])?["id"] as? String == "T1")
    }

    @Test("the events filter keeps only the listed events")
    func plannerRespectsEventsFilter() async throws {
        let fixture = try await WebhookFixture(
            config: #"{"url": "https://ops.example.com/events", "events": ["token.changed", "partner.removed"]}"#)
        let planner = try fixture.planner

        #expect(try await planner.outboxMessages(for: .locationChanged(location)).isEmpty)
        #expect(try await planner.outboxMessages(for: .tokenChanged(token)).count == 1)
        #expect(try await planner.outboxMessages(for: .partnerRemoved("partner-b")).count == 1)
        #expect(try await planner.outboxMessages(for: .tariffDeleted(party: DomainSamples.cpoParty, id: "T1")).isEmpty)
    }

    @Test("recording a change through the writer enqueues the webhook message in the store")
    func writerEnqueuesWebhookMessage() async throws {
        let fixture = try await WebhookFixture(config: #"{"url": "https://ops.example.com/events"}"#)
        try await fixture.writer.record(.locationChanged(location))
        let entries = try await fixture.temporary.store.outboxEntries(limit: 10)
        #expect(entries.map(\.channel) == ["webhook"])
        #expect(entries.map(\.destination) == ["https://ops.example.com/events"])
        #expect(entries.map(\.orderingKey) == ["location/DE*ABC/LOC1"])
    }

    // MARK: Deliverer against a real receiver

    @Test("HTTP 200 is delivered; the receiver gets the JSON body, Content-Type and Authorization")
    func delivered() async throws {
        let fixture = try await WebhookFixture(
            config: #"{"url": "http://127.0.0.1:1/unused", "authorization": "Bearer s3cret"}"#)
        let message = try #require(try await fixture.planner.outboxMessages(for: .locationChanged(location)).first)
        let deliverer = try fixture.deliverer

        try await WebhookReceiver.withReceiver { url, receiver in
            let outcome = await deliverer.deliver(Self.claimed(message, destination: "\(url)/status/200", id: 42))
            #expect(outcome == .delivered)
            let request = try #require(receiver.requests.count == 1 ? receiver.requests.first : nil)
            #expect(request.path == "/status/200")
            #expect(request.headers[.contentType] == "application/json")
            #expect(request.headers[.authorization] == "Bearer s3cret")
            #expect(request.headers[HTTPField.Name("X-Roamwire-Delivery")!] == "42")
            #expect(request.body == message.payload)
            let envelope = try DocumentCoding.makeDecoder().decode(Envelope<Location>.self, from: request.body)
            #expect(envelope.event == "location.changed")
            #expect(envelope.data == location)
        }
    }

    @Test("without authorization configured, no Authorization header is sent")
    func noAuthorizationHeader() async throws {
        let fixture = try await WebhookFixture(config: #"{"url": "http://127.0.0.1:1/unused"}"#)
        let message = try #require(try await fixture.planner.outboxMessages(for: .tokenChanged(token)).first)
        let deliverer = try fixture.deliverer

        try await WebhookReceiver.withReceiver { url, receiver in
            #expect(await deliverer.deliver(Self.claimed(message, destination: "\(url)/status/204")) == .delivered)
            let request = try #require(receiver.requests.first)
            #expect(request.headers[.authorization] == nil)
            #expect(request.headers[.contentType] == "application/json")
        }
    }

    @Test(
        "receiver answers map to outcomes: 5xx, 408 and 429 retry, other 4xx give up",
        arguments: [
            (500, DeliveryOutcome.failedTemporarily(reason: "webhook answered HTTP 500")),
            (503, .failedTemporarily(reason: "webhook answered HTTP 503")),
            (408, .failedTemporarily(reason: "webhook answered HTTP 408")),
            (429, .failedTemporarily(reason: "webhook answered HTTP 429")),
            (404, .failedPermanently(reason: "webhook answered HTTP 404")),
            (400, .failedPermanently(reason: "webhook answered HTTP 400")),
        ])
    func statusOutcomes(status: Int, expected: DeliveryOutcome) async throws {
        let fixture = try await WebhookFixture(config: #"{"url": "http://127.0.0.1:1/unused"}"#)
        let message = try #require(try await fixture.planner.outboxMessages(for: .tokenChanged(token)).first)
        let deliverer = try fixture.deliverer

        try await WebhookReceiver.withReceiver { url, receiver in
            let outcome = await deliverer.deliver(Self.claimed(message, destination: "\(url)/status/\(status)"))
            #expect(outcome == expected)
            #expect(receiver.requests.count == 1)
        }
    }

    /// AsyncHTTPClient keeps retrying a refused connection until the request deadline, so a
    /// short timeout keeps this test fast.
    @Test("a port where nothing listens is a temporary failure", .timeLimit(.minutes(1)))
    func closedPortIsTemporary() async throws {
        let fixture = try await WebhookFixture(config: #"{"url": "http://127.0.0.1:1/unused", "timeout_ms": 300}"#)
        let message = try #require(try await fixture.planner.outboxMessages(for: .tokenChanged(token)).first)
        let closedURL = try await WebhookReceiver.closedPortURL()

        let outcome = try await fixture.deliverer.deliver(Self.claimed(message, destination: "\(closedURL)/status/200"))

        guard case .failedTemporarily(let reason) = outcome else {
            Issue.record("expected a temporary failure, got \(outcome)")
            return
        }
        #expect(reason.hasPrefix("webhook unreachable"))
        #expect(reason.contains("refused"))
    }

    @Test("a receiver slower than timeout_ms is a temporary failure", .timeLimit(.minutes(1)))
    func timeoutIsTemporary() async throws {
        let fixture = try await WebhookFixture(config: #"{"url": "http://127.0.0.1:1/unused", "timeout_ms": 1000}"#)
        let message = try #require(try await fixture.planner.outboxMessages(for: .tokenChanged(token)).first)
        let deliverer = try fixture.deliverer

        try await WebhookReceiver.withReceiver { url, receiver in
            let started = ContinuousClock.now
            let outcome = await deliverer.deliver(Self.claimed(message, destination: "\(url)/hang"))
            let elapsed = ContinuousClock.now - started
            guard case .failedTemporarily(let reason) = outcome else {
                Issue.record("expected a temporary failure, got \(outcome)")
                return
            }
            #expect(reason.hasPrefix("webhook unreachable"))
            #expect(elapsed < .seconds(5), "the 1 s timeout was not applied")
            #expect(receiver.requests.count == 1)
        }
    }

    // MARK: End to end

    @Test("a recorded change reaches the receiver through the outbox worker", .timeLimit(.minutes(1)))
    func endToEndThroughOutbox() async throws {
        try await WebhookReceiver.withReceiver { url, receiver in
            let fixture = try await WebhookFixture(config: #"{"url": "\#(url)/status/200"}"#)
            try await fixture.writer.record(.locationChanged(location))
            try await fixture.writer.record(.tokenChanged(token))
            let worker = OutboxWorker(
                store: fixture.temporary.store, ports: fixture.ports, signal: fixture.signal, logger: .quiet)

            #expect(await worker.deliverDue() == 2)

            #expect(try await fixture.temporary.store.outboxDepth() == 0)
            let events = try receiver.requests.map {
                try JSONSerialization.jsonObject(with: $0.body) as? [String: Any]
            }.compactMap { $0?["event"] as? String }
            #expect(events.sorted() == ["location.changed", "token.changed"])
        }
    }

    // MARK: Configuration problems

    @Test("a valid config has no problems")
    func validConfig() {
        #expect(
            PluginFactory.webhook.problems(
                in: Self.block(
                    #"{"url": "https://ops.example.com/e", "events": ["location.changed"], "authorization": "Bearer x", "timeout_ms": 100}"#
                )
            ).isEmpty)
    }

    @Test(
        "invalid configs are reported with key paths",
        arguments: [
            (
                #"{"url": "not a url"}"#,
                [
                    ConfigProblem(
                        file: "roamwire.yaml", keyPath: "plugins[0].config.url",
                        reason: "expected an http or https URL, found 'not a url'")
                ]
            ),
            (
                #"{"url": "ftp://files.example.com/x"}"#,
                [
                    ConfigProblem(
                        file: "roamwire.yaml", keyPath: "plugins[0].config.url",
                        reason: "expected an http or https URL, found 'ftp://files.example.com/x'")
                ]
            ),
            (
                #"{"url": "https://:8080/events"}"#,
                [
                    ConfigProblem(
                        file: "roamwire.yaml", keyPath: "plugins[0].config.url",
                        reason: "expected an http or https URL, found 'https://:8080/events'")
                ]
            ),
            (
                #"{"url": "https://ops.example.com", "timeout_ms": 99}"#,
                [
                    ConfigProblem(
                        file: "roamwire.yaml", keyPath: "plugins[0].config.timeout_ms",
                        reason: "must be between 100 and 120000")
                ]
            ),
            (
                #"{"url": "https://ops.example.com", "timeout_ms": 120001}"#,
                [
                    ConfigProblem(
                        file: "roamwire.yaml", keyPath: "plugins[0].config.timeout_ms",
                        reason: "must be between 100 and 120000")
                ]
            ),
            (
                #"{"url": "https://ops.example.com", "events": ["location.changed", "location.chnaged"]}"#,
                [
                    ConfigProblem(
                        file: "roamwire.yaml", keyPath: "plugins[0].config.events[1]",
                        reason:
                            "unknown event 'location.chnaged' (known: \(DomainEvent.names.sorted().joined(separator: ", ")))"
                    )
                ]
            ),
            (
                #"{"url": "https://ops.example.com", "timeout_ms": "fast"}"#,
                [
                    ConfigProblem(
                        file: "roamwire.yaml", keyPath: "plugins[0].config.timeout_ms", reason: "expected an integer")
                ]
            ),
            (
                #"{"events": ["location.changed"]}"#,
                [
                    ConfigProblem(
                        file: "roamwire.yaml", keyPath: "plugins[0].config.url", reason: "required key is missing")
                ]
            ),
            (
                #"{"url": "https://ops.example.com", "events": "location.changed"}"#,
                [ConfigProblem(file: "roamwire.yaml", keyPath: "plugins[0].config.events", reason: "expected a list")]
            ),
        ])
    func invalidConfig(json: String, expected: [ConfigProblem]) {
        #expect(PluginFactory.webhook.problems(in: Self.block(json)) == expected)
    }

    @Test("several problems in one block are all reported")
    func severalProblems() {
        let problems = PluginFactory.webhook.problems(in: Self.block(#"{"url": "not a url", "timeout_ms": 0}"#))
        #expect(problems.map(\.keyPath) == ["plugins[0].config.url", "plugins[0].config.timeout_ms"])
    }
}
