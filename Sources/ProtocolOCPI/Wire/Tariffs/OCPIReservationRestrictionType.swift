import PlatformCore

/// OCPI `ReservationRestrictionType` (§9.4): marks a tariff element as pricing a reservation.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIReservationRestrictionType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `RESERVATION`: prices the time from reservation until charging starts.
    static let reservation = Self(rawValue: "RESERVATION")
    /// `RESERVATION_EXPIRES`: prices a reservation that expired unused.
    static let reservationExpires = Self(rawValue: "RESERVATION_EXPIRES")

    /// Every value this build knows.
    static let knownValues: [Self] = [.reservation, .reservationExpires]
}
