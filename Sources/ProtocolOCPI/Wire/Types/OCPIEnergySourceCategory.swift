import PlatformCore

/// OCPI `EnergySourceCategory` (§6.8): a category of electricity source.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIEnergySourceCategory: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `NUCLEAR`.
    static let nuclear = Self(rawValue: "NUCLEAR")
    /// `GENERAL_FOSSIL`.
    static let generalFossil = Self(rawValue: "GENERAL_FOSSIL")
    /// `COAL`.
    static let coal = Self(rawValue: "COAL")
    /// `GAS`.
    static let gas = Self(rawValue: "GAS")
    /// `GENERAL_GREEN`.
    static let generalGreen = Self(rawValue: "GENERAL_GREEN")
    /// `SOLAR`.
    static let solar = Self(rawValue: "SOLAR")
    /// `WIND`.
    static let wind = Self(rawValue: "WIND")
    /// `WATER`.
    static let water = Self(rawValue: "WATER")

    /// Every value this build knows.
    static let knownValues: [Self] = [.nuclear, .generalFossil, .coal, .gas, .generalGreen, .solar, .wind, .water]
}
