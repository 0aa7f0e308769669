import PlatformCore

/// OCPI `ParkingRestriction` (§6.8): who may park at an EVSE.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIParkingRestriction: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `EV_ONLY`.
    static let evOnly = Self(rawValue: "EV_ONLY")
    /// `PLUGGED`.
    static let plugged = Self(rawValue: "PLUGGED")
    /// `DISABLED`.
    static let disabled = Self(rawValue: "DISABLED")
    /// `CUSTOMERS`.
    static let customers = Self(rawValue: "CUSTOMERS")
    /// `MOTORCYCLES`.
    static let motorcycles = Self(rawValue: "MOTORCYCLES")

    /// Every value this build knows.
    static let knownValues: [Self] = [.evOnly, .plugged, .disabled, .customers, .motorcycles]
}
