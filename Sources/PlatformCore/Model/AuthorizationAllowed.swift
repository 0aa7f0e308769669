/// The verdict of an authorization.
public enum AuthorizationAllowed: String, Sendable, Hashable, Codable, CaseIterable {
    /// The driver may charge.
    case allowed = "ALLOWED"
    /// The token is blocked.
    case blocked = "BLOCKED"
    /// The token has expired.
    case expired = "EXPIRED"
    /// The driver has no credit left.
    case noCredit = "NO_CREDIT"
    /// The token is valid but not at this location or EVSE.
    case notAllowed = "NOT_ALLOWED"
}
