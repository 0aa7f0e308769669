/// A driver's charging preference.
public enum ProfileType: String, Sendable, Hashable, Codable, CaseIterable {
    /// As cheap as possible.
    case cheap = "CHEAP"
    /// As fast as possible.
    case fast = "FAST"
    /// As green as possible.
    case green = "GREEN"
    /// No special preference.
    case regular = "REGULAR"
}
