/// The role a party plays in the roaming world.
public enum PartyRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Charge point operator: owns charging stations.
    case cpo = "CPO"
    /// e-Mobility service provider: sells charging to drivers.
    case emsp = "EMSP"
    /// Roaming hub.
    case hub = "HUB"
    /// National access point.
    case nap = "NAP"
    /// Navigation service provider.
    case nsp = "NSP"
    /// Smart charging service provider.
    case scsp = "SCSP"
    /// Any other role.
    case other = "OTHER"
}
