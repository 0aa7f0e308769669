/// The kinds of domain object the store keeps. The raw value is the stored name: never change one.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case location
    case tariff
    case token
    case session
    case cdr
    case command
    case reservation
    case chargingProfile = "charging_profile"
    case partner
    /// What we know of a party's connection to the roaming network (OCPI ClientInfo).
    case partyStatus = "party_status"
    /// A protocol adapter's private state of its connection with one partner.
    case connection
    /// A credential a partner presents to us, kept only as its hash.
    case accessGrant = "access_grant"
}
