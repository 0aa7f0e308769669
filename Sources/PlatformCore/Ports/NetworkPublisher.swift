/// Publishes our own charging network (CPO role): the operator API and southbound plugins hand
/// it locations; it checks they are ours and records them, which pushes them to partners.
public protocol NetworkPublisher: Sendable {
    /// Creates or replaces one of our locations.
    /// - Throws: ``DomainError`` when the location does not belong to one of our CPO parties.
    func publish(_ location: Location) async throws
}

extension PortKey where Port == any NetworkPublisher {
    /// Implemented by the CPO role.
    public static var networkPublisher: Self { .init(name: "network_publisher") }
}
