/// Marks a tariff element as pricing a reservation.
public enum ReservationRestrictionType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Prices the time from reservation until charging starts.
    case reservation = "RESERVATION"
    /// Prices a reservation that expired unused.
    case reservationExpires = "RESERVATION_EXPIRES"
}
