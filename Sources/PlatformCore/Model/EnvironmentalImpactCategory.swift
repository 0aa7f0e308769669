/// A kind of environmental impact (extensible; see ``ExtensibleEnum``).
public struct EnvironmentalImpactCategory: ExtensibleEnum {
    /// The category's name, e.g. `CARBON_DIOXIDE`.
    public let rawValue: String
    /// Creates a category from its name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Radioactive waste.
    public static let nuclearWaste = Self(rawValue: "NUCLEAR_WASTE")
    /// CO₂ emissions.
    public static let carbonDioxide = Self(rawValue: "CARBON_DIOXIDE")

    /// Every category this build knows.
    public static let knownValues: [Self] = [.nuclearWaste, .carbonDioxide]
}
