/// The way a command travels to the charger that executes it; chosen by the command router.
///
/// Encoded with Swift's synthesized form: `{"ownNetwork":{}}`,
/// `{"ocpiPartner":{"_0":"partner-b"}}`, `{"oicpHub":{}}`.
public enum CommandRoute: Sendable, Hashable, Codable {
    /// The charger is ours: RoleCPO executes it through the southbound port, no protocol involved.
    case ownNetwork
    /// The charger belongs to the CPO behind this OCPI partner.
    case ocpiPartner(PartnerID)
    /// The charger is reached through the OICP hub (Hubject).
    case oicpHub
}
