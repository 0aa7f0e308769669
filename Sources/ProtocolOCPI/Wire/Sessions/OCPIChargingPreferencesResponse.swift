import PlatformCore

/// OCPI `ChargingPreferencesResponse` (§7.6): the CPO's answer to charging preferences (a bare string in `data`).
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIChargingPreferencesResponse: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `ACCEPTED`.
    static let accepted = Self(rawValue: "ACCEPTED")
    /// `DEPARTURE_REQUIRED`.
    static let departureRequired = Self(rawValue: "DEPARTURE_REQUIRED")
    /// `ENERGY_NEED_REQUIRED`.
    static let energyNeedRequired = Self(rawValue: "ENERGY_NEED_REQUIRED")
    /// `NOT_POSSIBLE`.
    static let notPossible = Self(rawValue: "NOT_POSSIBLE")
    /// `PROFILE_TYPE_NOT_SUPPORTED`.
    static let profileTypeNotSupported = Self(rawValue: "PROFILE_TYPE_NOT_SUPPORTED")

    /// Every value this build knows.
    static let knownValues: [Self] = [
        .accepted, .departureRequired, .energyNeedRequired, .notPossible, .profileTypeNotSupported,
    ]
}
