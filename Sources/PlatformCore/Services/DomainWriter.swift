/// Records domain changes: asks every ``OutboxPlanner`` which pushes a change causes, commits the
/// change and those pushes in one store transaction, then publishes the event and wakes the
/// outbox workers.
///
/// Roles call this for every change they make; nothing else writes domain documents.
public struct DomainWriter: Sendable {
    private let store: any Store
    private let ports: Ports
    private let events: EventBus
    private let outboxSignal: OutboxSignal

    /// Creates a writer over the shared store, ports and bus.
    public init(store: any Store, ports: Ports, events: EventBus, outboxSignal: OutboxSignal) {
        self.store = store
        self.ports = ports
        self.events = events
        self.outboxSignal = outboxSignal
    }

    /// Commits `event`'s change with every outbox message it causes, then publishes it.
    /// - Throws: the planner's or the store's error; then nothing was written and nothing published.
    public func record(_ event: DomainEvent) async throws {
        try await record([event])
    }

    /// Commits several events' changes, every outbox message they cause and `privateDocuments`
    /// (an adapter's own state, e.g. connection details) in one transaction, then publishes the
    /// events in order.
    /// - Throws: the planner's or the store's error; then nothing was written and nothing published.
    public func record(_ events: [DomainEvent], alongWith privateDocuments: [DocumentChange] = []) async throws {
        var outbox: [OutboxMessage] = []
        var documents: [DocumentChange] = []
        for event in events {
            documents.append(try event.documentChange())
            for planner in ports.resolveAll(.outboxPlanners) {
                outbox += try await planner.outboxMessages(for: event)
            }
        }
        try await store.commit(ChangeSet(documents: documents + privateDocuments, outbox: outbox))
        for event in events { self.events.publish(event) }
        if !outbox.isEmpty { outboxSignal.signal() }
    }
}
