public import PlatformCore

extension PluginFactory {
    /// The OICP 2.3 adapter (Hubject). Its settings are validated already; enabling it is refused
    /// by `check-config` until the adapter lands, so a deployment never believes it roams over
    /// Hubject when it does not.
    public static let oicp = PluginFactory(
        id: "oicp", summary: "OICP 2.3 adapter (Hubject hub) — settings only in this build",
        configuration: OICPSettings.self, validate: { $0.problems() }
    ) { _, _ in
        throw DomainError(.unavailable, "the OICP 2.3 adapter is not part of this build yet")
    }
}
