/// Where a charging session stands.
public enum SessionStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Charging or plugged in.
    case active = "ACTIVE"
    /// Finished; final.
    case completed = "COMPLETED"
    /// Will not be billed; final.
    case invalid = "INVALID"
    /// Created, not all preconditions met yet.
    case pending = "PENDING"
    /// A reservation is holding the EVSE.
    case reservation = "RESERVATION"
}
