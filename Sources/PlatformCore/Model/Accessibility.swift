/// Who can reach an EVSE and on what terms (OICP's `Accessibility`; OCPI derives it from
/// `publish` and parking restrictions).
public enum Accessibility: String, Sendable, Hashable, Codable, CaseIterable {
    /// Publicly accessible free of charge.
    case freePubliclyAccessible = "FREE_PUBLICLY_ACCESSIBLE"
    /// Access restricted, e.g. to residents or employees.
    case restrictedAccess = "RESTRICTED_ACCESS"
    /// Publicly accessible, but access (e.g. parking) costs money.
    case payingPubliclyAccessible = "PAYING_PUBLICLY_ACCESSIBLE"
    /// A test station, not for real use.
    case testStation = "TEST_STATION"
}
