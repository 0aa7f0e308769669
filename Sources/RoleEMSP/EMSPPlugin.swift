public import PlatformCore

/// The eMSP role: issues our drivers' tokens. It registers the ``TokenIssuer`` port, which the
/// operator API uses to create, change and block tokens.
struct EMSPPlugin: Plugin {}

extension PluginFactory {
    /// The eMSP role, run when the config lists a party with role EMSP.
    public static let emsp = PluginFactory(
        id: "emsp", summary: "eMSP role: issues our drivers' tokens", configuration: NoConfiguration.self
    ) { _, context in
        let ourParties = Set(context.parties.filter { $0.role == .emsp }.map(\.id))
        try context.ports.register(
            OwnTokenIssuer(ourParties: ourParties, writer: context.writer, logger: context.logger), for: .tokenIssuer)
        return EMSPPlugin()
    }
}
