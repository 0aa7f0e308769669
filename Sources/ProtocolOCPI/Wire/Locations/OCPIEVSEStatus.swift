import PlatformCore

/// OCPI `Status` (§6.8): the current or scheduled status of an EVSE.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIEVSEStatus: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `AVAILABLE`: free to start a session.
    static let available = Self(rawValue: "AVAILABLE")
    /// `BLOCKED`: physically blocked, e.g. by a parked car.
    static let blocked = Self(rawValue: "BLOCKED")
    /// `CHARGING`: in use.
    static let charging = Self(rawValue: "CHARGING")
    /// `INOPERATIVE`: not active or temporarily unavailable, but not broken.
    static let inoperative = Self(rawValue: "INOPERATIVE")
    /// `OUTOFORDER`: broken.
    static let outOfOrder = Self(rawValue: "OUTOFORDER")
    /// `PLANNED`: planned, not yet in operation.
    static let planned = Self(rawValue: "PLANNED")
    /// `REMOVED`: taken out of operation for good.
    static let removed = Self(rawValue: "REMOVED")
    /// `RESERVED`: reserved for a driver.
    static let reserved = Self(rawValue: "RESERVED")
    /// `UNKNOWN`: no status information, e.g. the charger is offline.
    static let unknown = Self(rawValue: "UNKNOWN")

    /// Every value this build knows.
    static let knownValues: [Self] = [
        .available, .blocked, .charging, .inoperative, .outOfOrder, .planned, .removed, .reserved, .unknown,
    ]
}
