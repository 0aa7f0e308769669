import PlatformCore

/// OCPI `ChargingProfileResponseType` (§12.5): the CPO's synchronous verdict on a charging profile request.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIChargingProfileResponseType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `ACCEPTED`.
    static let accepted = Self(rawValue: "ACCEPTED")
    /// `NOT_SUPPORTED`.
    static let notSupported = Self(rawValue: "NOT_SUPPORTED")
    /// `REJECTED`.
    static let rejected = Self(rawValue: "REJECTED")
    /// `TOO_OFTEN`.
    static let tooOften = Self(rawValue: "TOO_OFTEN")
    /// `UNKNOWN_SESSION`.
    static let unknownSession = Self(rawValue: "UNKNOWN_SESSION")

    /// Every value this build knows.
    static let knownValues: [Self] = [.accepted, .notSupported, .rejected, .tooOften, .unknownSession]
}
