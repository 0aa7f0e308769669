import PlatformCore

/// OCPI `ChargingProfileResultType` (§12.5): the charger's asynchronous outcome of a charging profile request.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIChargingProfileResultType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `ACCEPTED`.
    static let accepted = Self(rawValue: "ACCEPTED")
    /// `REJECTED`.
    static let rejected = Self(rawValue: "REJECTED")
    /// `UNKNOWN`: no matching profile found by the EVSE.
    static let unknown = Self(rawValue: "UNKNOWN")

    /// Every value this build knows.
    static let knownValues: [Self] = [.accepted, .rejected, .unknown]
}
