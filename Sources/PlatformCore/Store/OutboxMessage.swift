public import Foundation

/// A push to be delivered to someone outside the platform, written in the same transaction as
/// the change that caused it.
///
/// Messages that share a ``channel`` and ``orderingKey`` are delivered strictly one after the
/// other, in the order they were enqueued (e.g. all pushes of one location to one partner).
public struct OutboxMessage: Sendable, Hashable {
    /// Which deliverer handles the message (e.g. `webhook`, `ocpi`).
    public var channel: String
    /// Where it goes, in the deliverer's terms (a partner id, a URL).
    public var destination: String
    /// Messages with the same channel and key keep their order.
    public var orderingKey: String
    /// What to deliver, in the deliverer's format.
    public var payload: Data

    /// Creates an outbox message.
    public init(channel: String, destination: String, orderingKey: String, payload: Data) {
        self.channel = channel
        self.destination = destination
        self.orderingKey = orderingKey
        self.payload = payload
    }
}

/// An outbox message claimed for delivery, with its bookkeeping.
public struct ClaimedOutboxMessage: Sendable, Hashable {
    /// Store-assigned id, increasing in enqueue order.
    public var id: Int64
    /// The message.
    public var message: OutboxMessage
    /// Delivery attempts made before this one.
    public var attempts: Int
    /// When it was enqueued.
    public var enqueuedAt: Date

    /// Creates a claimed message (store implementations build these when claiming).
    public init(id: Int64, message: OutboxMessage, attempts: Int, enqueuedAt: Date) {
        self.id = id
        self.message = message
        self.attempts = attempts
        self.enqueuedAt = enqueuedAt
    }
}

/// One undelivered or abandoned outbox message as operators see it.
public struct OutboxEntry: Sendable, Hashable, Codable {
    /// Where the message stands.
    public enum State: String, Sendable, Hashable, Codable {
        /// Waiting for its first or next attempt.
        case pending
        /// Claimed by a worker.
        case inFlight = "in_flight"
        /// Given up after too many attempts or a permanent failure.
        case dead
    }
    public var id: Int64
    public var channel: String
    public var destination: String
    public var orderingKey: String
    public var state: State
    public var attempts: Int
    public var nextAttemptAt: Date
    public var lastError: String?

    /// Creates an entry (store implementations build these when listing the outbox).
    public init(
        id: Int64, channel: String, destination: String, orderingKey: String, state: State, attempts: Int,
        nextAttemptAt: Date, lastError: String?
    ) {
        self.id = id
        self.channel = channel
        self.destination = destination
        self.orderingKey = orderingKey
        self.state = state
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
    }
}
