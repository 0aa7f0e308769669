import Synchronization

/// Where plugins register port implementations and find each other's, without importing each
/// other. Plugins register while they are built; consumers look implementations up when they
/// need them, so the order in which plugins are built does not matter.
///
/// ```swift
/// try context.ports.register(MyPublisher(), for: .networkPublisher)   // one implementation
/// context.ports.add(MyPlanner(), to: .outboxPlanners)                 // one of many
/// let publisher = context.ports.resolve(.networkPublisher)
/// ```
public final class Ports: Sendable {
    private let registry = Mutex<[String: [any Sendable]]>([:])

    /// Creates an empty registry.
    public init() {}

    /// Registers the one implementation of a single-implementation port.
    /// - Throws: ``PortError`` if another plugin registered one already.
    public func register<Port>(_ implementation: Port, for key: PortKey<Port>) throws(PortError) {
        try registry.withLock { (registry: inout [String: [any Sendable]]) throws(PortError) in
            guard registry[key.name, default: []].isEmpty else {
                throw PortError(reason: "port '\(key.name)' already has an implementation")
            }
            registry[key.name] = [implementation]
        }
    }

    /// Adds one more implementation to a port that has many (e.g. outbox planners).
    public func add<Port>(_ implementation: Port, to key: PortKey<Port>) {
        registry.withLock { $0[key.name, default: []].append(implementation) }
    }

    /// The implementation of a single-implementation port, if a plugin registered one.
    public func resolve<Port>(_ key: PortKey<Port>) -> Port? {
        resolveAll(key).first
    }

    /// Every implementation of a port, in registration order.
    public func resolveAll<Port>(_ key: PortKey<Port>) -> [Port] {
        registry.withLock { $0[key.name, default: []] }.compactMap { $0 as? Port }
    }
}

/// Names a port and the type its implementations have. Ports are declared as static members:
///
/// ```swift
/// extension PortKey where Port == any NetworkPublisher {
///     public static var networkPublisher: Self { .init(name: "network_publisher") }
/// }
/// ```
public struct PortKey<Port: Sendable>: Sendable, Hashable {
    /// The registry key, unique per port.
    public let name: String
    /// Declares a port key.
    public init(name: String) { self.name = name }
}

/// A port registration that conflicts with an earlier one.
public struct PortError: Error, Sendable, CustomStringConvertible {
    /// What conflicts.
    public let reason: String
    public var description: String { reason }
}
