import Foundation
import Synchronization

/// In-process fan-out of committed domain events to every subscriber.
///
/// Events are published after their change is committed. Each subscriber has its own buffer;
/// a subscriber that falls more than its buffer behind loses the oldest events (durable
/// reactions belong in the outbox, not here).
public final class EventBus: Sendable {
    private let subscribers = Mutex<[UUID: AsyncStream<DomainEvent>.Continuation]>([:])

    /// Creates a bus with no subscribers.
    public init() {}

    /// Subscribes to every event published from now on, until the stream is dropped or the bus
    /// finishes.
    /// - Parameter buffer: how many unconsumed events to keep before dropping the oldest.
    public func subscribe(buffer: Int = 1024) -> AsyncStream<DomainEvent> {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(
            of: DomainEvent.self, bufferingPolicy: .bufferingNewest(buffer))
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        subscribers.withLock { $0[id] = continuation }
        return stream
    }

    /// Hands `event` to every current subscriber.
    public func publish(_ event: DomainEvent) {
        for continuation in subscribers.withLock({ Array($0.values) }) {
            continuation.yield(event)
        }
    }

    /// Ends every subscription (at shutdown).
    public func finish() {
        for continuation in subscribers.withLock({ Array($0.values) }) {
            continuation.finish()
        }
    }
}
