import Foundation
import PlatformCore
import Synchronization

/// A wall clock that stands still until the test moves it; hand `{ now.date }` to the worker.
final class ManualNow: Sendable {
    private let value: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { value = Mutex(start) }

    var date: Date { value.withLock { $0 } }

    func advance(by duration: Duration) {
        value.withLock { $0.addTimeInterval(duration.timeInterval) }
    }
}

/// A real ``OutboxDeliverer`` for tests: records every attempt (in attempt order) and answers
/// what `decide` says, which may look at the message and its previous failed attempts.
final class RecordingDeliverer: OutboxDeliverer {
    private let recorded = Mutex<[ClaimedOutboxMessage]>([])
    private let decide: @Sendable (ClaimedOutboxMessage) async -> DeliveryOutcome
    private let continuation: AsyncStream<ClaimedOutboxMessage>.Continuation
    /// Every attempt as it starts.
    let started: AsyncStream<ClaimedOutboxMessage>

    init(_ decide: @escaping @Sendable (ClaimedOutboxMessage) async -> DeliveryOutcome = { _ in .delivered }) {
        self.decide = decide
        (started, continuation) = AsyncStream.makeStream()
    }

    deinit { continuation.finish() }

    func deliver(_ message: ClaimedOutboxMessage) async -> DeliveryOutcome {
        recorded.withLock { $0.append(message) }
        continuation.yield(message)
        return await decide(message)
    }

    /// Every attempt so far, in the order they started.
    var attempts: [ClaimedOutboxMessage] { recorded.withLock { $0 } }

    /// The payloads of every attempt so far, as text.
    var attemptedPayloads: [String] { attempts.map { String(decoding: $0.message.payload, as: UTF8.self) } }
}

/// A real ``OutboxPlanner`` for tests: one message per event on `channel`, keyed by the event's
/// object, with `tag` and the event name as payload; records the events it was asked about.
final class RecordingPlanner: OutboxPlanner {
    let channel: String
    let tag: String
    private let seen = Mutex<[DomainEvent]>([])

    init(channel: String = "test", tag: String) {
        self.channel = channel
        self.tag = tag
    }

    func outboxMessages(for event: DomainEvent) async throws -> [OutboxMessage] {
        seen.withLock { $0.append(event) }
        return [
            OutboxMessage(
                channel: channel, destination: "dest-\(tag)", orderingKey: event.objectKey,
                payload: Data("\(tag):\(event.name)".utf8))
        ]
    }

    var events: [DomainEvent] { seen.withLock { $0 } }
}

/// A planner that refuses every event.
struct FailingPlanner: OutboxPlanner {
    struct Refusal: Error, Equatable {}

    func outboxMessages(for event: DomainEvent) async throws -> [OutboxMessage] {
        throw Refusal()
    }
}

/// An outbox message on `channel` whose payload is `text`.
func testMessage(key: String, _ text: String, channel: String = "test") -> OutboxMessage {
    OutboxMessage(channel: channel, destination: "somewhere", orderingKey: key, payload: Data(text.utf8))
}

/// Runs `operation`, giving up after `seconds`: returns `nil` when the deadline passed first.
/// Only a guard against hangs; nothing waits for the deadline when the operation finishes.
func withDeadline<T: Sendable>(
    seconds: Int = 5, _ operation: @escaping @Sendable () async throws -> T
) async throws -> T? {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            return nil
        }
        let first = try await group.next() ?? nil
        group.cancelAll()
        return first
    }
}
