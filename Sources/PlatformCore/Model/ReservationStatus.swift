/// Where a reservation stands.
public enum ReservationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Requested; the charger has not confirmed it yet.
    case pending = "PENDING"
    /// Confirmed; the EVSE is held for the token until the expiry date.
    case active = "ACTIVE"
    /// The driver started charging under it; final.
    case used = "USED"
    /// Cancelled by the requester or the CPO; final.
    case cancelled = "CANCELLED"
    /// Expired unused; final.
    case expired = "EXPIRED"
    /// Could not be made; final.
    case failed = "FAILED"
}
