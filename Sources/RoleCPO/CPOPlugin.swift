public import PlatformCore

/// The CPO role: publishes our charging network. It registers the ``NetworkPublisher`` port, which
/// the operator API and southbound plugins use to hand it our locations.
struct CPOPlugin: Plugin {}

extension PluginFactory {
    /// The CPO role, run when the config lists a party with role CPO.
    public static let cpo = PluginFactory(
        id: "cpo", summary: "CPO role: publishes our locations to partners", configuration: NoConfiguration.self
    ) { _, context in
        let ourParties = Set(context.parties.filter { $0.role == .cpo }.map(\.id))
        try context.ports.register(
            OwnNetworkPublisher(ourParties: ourParties, writer: context.writer, logger: context.logger),
            for: .networkPublisher)
        return CPOPlugin()
    }
}
