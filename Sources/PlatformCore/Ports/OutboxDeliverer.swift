/// Delivers outbox messages of one channel to the outside (an OCPI partner, a webhook URL).
public protocol OutboxDeliverer: Sendable {
    /// Makes one attempt to deliver `message`. Must not throw: every failure is an outcome.
    func deliver(_ message: ClaimedOutboxMessage) async -> DeliveryOutcome
}

/// The result of one delivery attempt.
public enum DeliveryOutcome: Sendable, Hashable {
    /// The receiver accepted the message; it is removed from the outbox.
    case delivered
    /// A failure that may pass (network, timeout, 5xx): try again later.
    case failedTemporarily(reason: String)
    /// The receiver refused the message for good (4xx): trying again cannot help.
    case failedPermanently(reason: String)
}

extension PortKey where Port == any OutboxDeliverer {
    /// The deliverer of one outbox channel (the key is per channel).
    public static func outboxDeliverer(channel: String) -> Self { .init(name: "outbox_deliverer.\(channel)") }
}
