import PlatformCore

/// OCPI `EnvironmentalImpactCategory` (§6.8): a kind of environmental impact.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIEnvironmentalImpactCategory: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `NUCLEAR_WASTE`.
    static let nuclearWaste = Self(rawValue: "NUCLEAR_WASTE")
    /// `CARBON_DIOXIDE`.
    static let carbonDioxide = Self(rawValue: "CARBON_DIOXIDE")

    /// Every value this build knows.
    static let knownValues: [Self] = [.nuclearWaste, .carbonDioxide]
}
