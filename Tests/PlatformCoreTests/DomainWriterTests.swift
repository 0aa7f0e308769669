import Foundation
import RoamwireTesting
import StoreSQLite
import Testing

@testable import PlatformCore

@Suite("DomainWriter")
struct DomainWriterTests {
    let location = DomainSamples.location()

    @Test("record stores the document, enqueues every planner's messages, publishes and signals")
    func recordCommitsPublishesAndSignals() async throws {
        let temporary = try await TemporaryStore()
        let store = temporary.store
        let ports = Ports()
        let bus = EventBus()
        let signal = OutboxSignal()
        let planners = [RecordingPlanner(tag: "one"), RecordingPlanner(channel: "other", tag: "two")]
        for planner in planners { ports.add(planner, to: .outboxPlanners) }
        let writer = DomainWriter(store: store, ports: ports, events: bus, outboxSignal: signal)
        var events = bus.subscribe().makeAsyncIterator()

        try await writer.record(.locationChanged(location))

        #expect(try await store.document(Location.self, owner: location.party, id: location.id) == location)
        #expect(planners.map(\.events) == [[.locationChanged(location)], [.locationChanged(location)]])
        #expect(try await store.outboxDepth() == 2)
        let entries = try await store.outboxEntries(limit: 10)
        #expect(entries.map(\.channel) == ["test", "other"])
        #expect(entries.map(\.destination) == ["dest-one", "dest-two"])
        #expect(entries.map(\.orderingKey) == ["location/DE*ABC/LOC1", "location/DE*ABC/LOC1"])
        #expect(entries.allSatisfy { $0.state == .pending && $0.attempts == 0 })
        let claimed = try await store.claimOutbox(limit: 10, now: Date(), lease: .seconds(60))
        #expect(
            claimed.map { String(decoding: $0.message.payload, as: UTF8.self) }
                == ["one:location.changed", "two:location.changed"])

        #expect(await events.next() == .locationChanged(location))
        let signalled: Void? = try await withDeadline { await signal.wait() }
        #expect(signalled != nil, "the outbox signal was not given")
    }

    @Test("a change no planner pushes is still stored and published")
    func recordWithoutPlanners() async throws {
        let temporary = try await TemporaryStore()
        let bus = EventBus()
        let writer = DomainWriter(store: temporary.store, ports: Ports(), events: bus, outboxSignal: OutboxSignal())
        var events = bus.subscribe().makeAsyncIterator()
        let token = DomainSamples.token()

        try await writer.record(.tokenChanged(token))

        #expect(try await temporary.store.document(Token.self, owner: token.party, id: token.documentID) == token)
        #expect(try await temporary.store.outboxDepth() == 0)
        #expect(await events.next() == .tokenChanged(token))
    }

    @Test("when a planner throws, nothing is stored, enqueued or published")
    func throwingPlannerWritesNothing() async throws {
        let temporary = try await TemporaryStore()
        let store = temporary.store
        let ports = Ports()
        let bus = EventBus()
        let planner = RecordingPlanner(tag: "before")
        ports.add(planner, to: .outboxPlanners)
        ports.add(FailingPlanner(), to: .outboxPlanners)
        let writer = DomainWriter(store: store, ports: ports, events: bus, outboxSignal: OutboxSignal())
        var events = bus.subscribe().makeAsyncIterator()

        await #expect(throws: FailingPlanner.Refusal.self) {
            try await writer.record(.locationChanged(location))
        }

        #expect(planner.events.count == 1, "the planner before the failing one was asked")
        #expect(try await store.document(Location.self, owner: location.party, id: location.id) == nil)
        #expect(try await store.outboxDepth() == 0)
        #expect(try await store.outboxEntries(limit: 10).isEmpty)
        let sentinel = DomainEvent.partnerRemoved("sentinel")
        bus.publish(sentinel)
        #expect(await events.next() == sentinel, "the failed change was published")
    }

    @Test("when the store refuses the commit, nothing is published")
    func failingStorePublishesNothing() async throws {
        let temporary = try await TemporaryStore(migrated: false)  // no schema: every commit fails
        let ports = Ports()
        let bus = EventBus()
        ports.add(RecordingPlanner(tag: "one"), to: .outboxPlanners)
        let writer = DomainWriter(store: temporary.store, ports: ports, events: bus, outboxSignal: OutboxSignal())
        var events = bus.subscribe().makeAsyncIterator()

        await #expect(throws: StoreError.self) {
            try await writer.record(.locationChanged(location))
        }

        let sentinel = DomainEvent.partnerRemoved("sentinel")
        bus.publish(sentinel)
        #expect(await events.next() == sentinel, "the failed change was published")
    }
}
