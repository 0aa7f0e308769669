import Foundation
import PlatformCore
import RoamwireTesting
import StoreSQLite
import Testing

@Suite struct OutboxClaimTests {
    let directory: TemporaryDirectory
    /// The workers' clock: deliberately unrelated to the wall clock at enqueue time, since a
    /// fresh message is due at once whatever time the worker believes it is.
    let now = Date(timeIntervalSince1970: 1_000_000_000)

    init() throws {
        directory = try TemporaryDirectory()
    }

    private func enqueue(_ messages: OutboxMessage..., in store: SQLiteStore) async throws {
        try await store.commit(ChangeSet(outbox: messages))
    }

    @Test func onlyTheOldestMessageOfAKeyIsClaimable() async throws {
        let store = try await directory.migratedStore()
        try await enqueue(.push(key: "A", "a1"), .push(key: "A", "a2"), .push(key: "B", "b1"), in: store)

        let first = try await store.claimOutbox(limit: 10, now: now, lease: .seconds(30))
        #expect(first.map(\.message.payload) == [Data("a1".utf8), Data("b1".utf8)])
        #expect(first.allSatisfy { $0.attempts == 0 })
        #expect(first.map(\.message.channel) == ["webhook", "webhook"])
        #expect(
            try await store.claimOutbox(limit: 10, now: now, lease: .seconds(30)).isEmpty,
            "a2 waits while a1 is in flight")

        try await store.completeOutbox(id: first[0].id)
        let second = try await store.claimOutbox(limit: 10, now: now, lease: .seconds(30))
        #expect(second.map(\.message.payload) == [Data("a2".utf8)])
        #expect(second[0].id > first[0].id)
    }

    @Test func sameKeyOnAnotherChannelIsIndependent() async throws {
        let store = try await directory.migratedStore()
        try await enqueue(.push(key: "A", "web"), .push(key: "A", "ocpi", channel: "ocpi"), in: store)

        let claimed = try await store.claimOutbox(limit: 10, now: now, lease: .seconds(30))
        #expect(claimed.map(\.message.channel) == ["webhook", "ocpi"])
    }

    @Test func claimHonoursLimitInEnqueueOrder() async throws {
        let store = try await directory.migratedStore()
        try await enqueue(.push(key: "A"), .push(key: "B"), .push(key: "C"), in: store)

        let claimed = try await store.claimOutbox(limit: 2, now: now, lease: .seconds(30))
        #expect(claimed.map(\.message.orderingKey) == ["A", "B"])
        #expect(try await store.claimOutbox(limit: 0, now: now, lease: .seconds(30)).isEmpty)
    }

    @Test func expiredLeaseMakesAMessageClaimableAgain() async throws {
        let store = try await directory.migratedStore()
        try await enqueue(.push(key: "A"), in: store)
        let claimed = try await store.claimOutbox(limit: 10, now: now, lease: .seconds(30))

        #expect(try await store.claimOutbox(limit: 10, now: now + 29, lease: .seconds(30)).isEmpty)
        let reclaimed = try await store.claimOutbox(limit: 10, now: now + 30, lease: .seconds(30))
        #expect(reclaimed.map(\.id) == claimed.map(\.id))
        #expect(reclaimed.first?.attempts == 0, "an expired lease is not a completed attempt")
    }

    @Test func retrySchedulesTheNextAttempt() async throws {
        let store = try await directory.migratedStore()
        try await enqueue(.push(key: "A", "a1"), .push(key: "A", "a2"), in: store)
        let claimed = try await store.claimOutbox(limit: 10, now: now, lease: .seconds(30))
        let id = try #require(claimed.first?.id)

        try await store.retryOutbox(id: id, at: now + 60, error: "HTTP 503")

        #expect(
            try await store.claimOutbox(limit: 10, now: now + 59, lease: .seconds(30)).isEmpty,
            "neither the retried message nor the one behind it is due")
        let entry = try #require(try await store.outboxEntries(limit: 10).first)
        #expect(entry.state == .pending)
        #expect(entry.attempts == 1)
        #expect(entry.lastError == "HTTP 503")
        #expect(entry.nextAttemptAt == now + 60)
        let again = try await store.claimOutbox(limit: 10, now: now + 60, lease: .seconds(30))
        #expect(again.map(\.id) == [id])
        #expect(again.first?.attempts == 1)
        #expect(try await store.outboxDepth() == 2)
    }

    @Test func abandonUnblocksTheKeyAndStaysVisible() async throws {
        let store = try await directory.migratedStore()
        try await enqueue(.push(key: "A", "a1"), .push(key: "A", "a2"), in: store)
        let first = try await store.claimOutbox(limit: 10, now: now, lease: .seconds(30))

        try await store.abandonOutbox(id: first[0].id, error: "HTTP 400: rejected")

        let next = try await store.claimOutbox(limit: 10, now: now, lease: .seconds(30))
        #expect(next.map(\.message.payload) == [Data("a2".utf8)])
        let entries = try await store.outboxEntries(limit: 10)
        #expect(entries.map(\.state) == [.dead, .inFlight])
        #expect(entries[0].attempts == 1)
        #expect(entries[0].lastError == "HTTP 400: rejected")
        #expect(try await store.outboxDepth() == 1, "abandoned messages are not counted")

        try await store.retryOutbox(id: first[0].id, at: now, error: "late worker")
        #expect(try await store.outboxEntries(limit: 10).first?.state == .dead, "a retry never revives a dead message")
    }

    @Test func depthCountsPendingAndInFlightUntilDelivered() async throws {
        let store = try await directory.migratedStore()
        #expect(try await store.outboxDepth() == 0)
        try await enqueue(.push(key: "A"), .push(key: "B"), .push(key: "B"), in: store)
        #expect(try await store.outboxDepth() == 3)

        let claimed = try await store.claimOutbox(limit: 10, now: now, lease: .seconds(30))
        #expect(try await store.outboxDepth() == 3)
        for message in claimed { try await store.completeOutbox(id: message.id) }
        #expect(try await store.outboxDepth() == 1)
        #expect(try await store.outboxEntries(limit: 10).map(\.orderingKey) == ["B"])
    }
}
