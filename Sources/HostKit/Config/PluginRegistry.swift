import PlatformCore
import ProtocolOCPI
import ProtocolOICP
import RoleCPO
import RoleEMSP
import WebhookNotifier

/// Every plugin this build can run, by how the config turns it on: protocol adapters under
/// `protocols.<name>.enabled`, roles by the roles of our `parties`, integrator plugins by name
/// in `plugins`. Plugins are linked at compile time; the config only selects.
struct PluginRegistry: Sendable {
    /// Protocol adapters by their `protocols` key.
    var protocols: [String: PluginFactory]
    /// Role behaviour by party role.
    var roles: [PartyRole: PluginFactory]
    /// Integrator plugins by name.
    var integrations: [PluginID: PluginFactory]

    /// The plugins of this build.
    static let standard = PluginRegistry(
        protocols: ["ocpi": .ocpi, "oicp": .oicp],
        roles: [.cpo: .cpo, .emsp: .emsp],
        integrations: [PluginFactory.webhook.id: .webhook]
    )

    /// Names an integrator may list under `plugins`.
    var integrationNames: [String] { integrations.keys.sorted().map(\.rawValue) }
}
