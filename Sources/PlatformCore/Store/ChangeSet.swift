/// What one store transaction writes: document changes and the outbox messages they cause.
///
/// A store commits a change set atomically: either every document change and every outbox
/// message lands, or none does (architecture rule 6).
public struct ChangeSet: Sendable, Hashable {
    /// Document upserts and deletes, applied in order.
    public var documents: [DocumentChange]
    /// Outbox messages to enqueue in the same transaction.
    public var outbox: [OutboxMessage]

    /// Creates a change set.
    public init(documents: [DocumentChange] = [], outbox: [OutboxMessage] = []) {
        self.documents = documents
        self.outbox = outbox
    }
}
