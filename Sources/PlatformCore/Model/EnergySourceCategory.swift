/// A category of electricity source (extensible; see ``ExtensibleEnum``).
public struct EnergySourceCategory: ExtensibleEnum {
    /// The category's name, e.g. `SOLAR`.
    public let rawValue: String
    /// Creates a category from its name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Nuclear power.
    public static let nuclear = Self(rawValue: "NUCLEAR")
    /// Fossil sources not further specified.
    public static let generalFossil = Self(rawValue: "GENERAL_FOSSIL")
    /// Coal.
    public static let coal = Self(rawValue: "COAL")
    /// Natural gas.
    public static let gas = Self(rawValue: "GAS")
    /// Renewable sources not further specified.
    public static let generalGreen = Self(rawValue: "GENERAL_GREEN")
    /// Solar power.
    public static let solar = Self(rawValue: "SOLAR")
    /// Wind power.
    public static let wind = Self(rawValue: "WIND")
    /// Hydro power.
    public static let water = Self(rawValue: "WATER")

    /// Every category this build knows.
    public static let knownValues: [Self] = [
        .nuclear, .generalFossil, .coal, .gas, .generalGreen, .solar, .wind, .water,
    ]
}
