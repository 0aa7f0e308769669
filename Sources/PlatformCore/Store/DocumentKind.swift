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
}
