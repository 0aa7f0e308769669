/// Decides which outbox messages a domain change causes, before it is committed.
///
/// Each protocol adapter (and any plugin that pushes to the outside) registers one. The
/// ``DomainWriter`` asks every planner and commits their messages in the same transaction as the
/// change, so a push exists if and only if its change does.
public protocol OutboxPlanner: Sendable {
    /// The messages `event` causes for this planner's destinations (often none).
    func outboxMessages(for event: DomainEvent) async throws -> [OutboxMessage]
}

extension PortKey where Port == any OutboxPlanner {
    /// Every plugin that pushes to the outside adds its planner here.
    public static var outboxPlanners: Self { .init(name: "outbox_planners") }
}
