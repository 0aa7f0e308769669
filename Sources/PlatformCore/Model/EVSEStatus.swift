/// The current (or scheduled) status of an EVSE.
public enum EVSEStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Free to start a session.
    case available = "AVAILABLE"
    /// Physically blocked, e.g. by a parked car.
    case blocked = "BLOCKED"
    /// In use.
    case charging = "CHARGING"
    /// Not active or temporarily unavailable, but not broken.
    case inoperative = "INOPERATIVE"
    /// Broken.
    case outOfOrder = "OUTOFORDER"
    /// Planned, not yet in operation.
    case planned = "PLANNED"
    /// Taken out of operation for good (EVSEs are never deleted).
    case removed = "REMOVED"
    /// Reserved for a driver.
    case reserved = "RESERVED"
    /// No status information, e.g. the charger is offline.
    case unknown = "UNKNOWN"
}
