/// The roaming protocols a partner can be reached through.
public enum RoamingProtocol: String, Sendable, Hashable, Codable, CaseIterable {
    /// OCPI 2.2.1, peer to peer.
    case ocpi = "OCPI"
    /// OICP 2.3, through the Hubject hub.
    case oicp = "OICP"
}
