import PlatformCore

/// OCPI `SessionStatus` (§7.6): where a charging session stands.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPISessionStatus: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `ACTIVE`.
    static let active = Self(rawValue: "ACTIVE")
    /// `COMPLETED`.
    static let completed = Self(rawValue: "COMPLETED")
    /// `INVALID`.
    static let invalid = Self(rawValue: "INVALID")
    /// `PENDING`.
    static let pending = Self(rawValue: "PENDING")
    /// `RESERVATION`: a reservation holds the EVSE (the prose's "RESERVED" is not a value).
    static let reservation = Self(rawValue: "RESERVATION")

    /// Every value this build knows.
    static let knownValues: [Self] = [.active, .completed, .invalid, .pending, .reservation]
}
