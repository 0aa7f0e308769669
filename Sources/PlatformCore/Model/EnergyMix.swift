/// Where the electricity delivered at a location or under a tariff comes from.
public struct EnergyMix: Sendable, Hashable, Codable {
    /// Whether the energy is 100 % renewable.
    public var isGreenEnergy: Bool
    /// Shares per source category, adding up to 100.
    public var energySources: [EnergySource]
    /// Waste and emissions per kWh.
    public var environmentalImpact: [EnvironmentalImpact]
    /// Name of the energy supplier.
    public var supplierName: String?
    /// Name of the supplier's energy product.
    public var energyProductName: String?

    /// Creates an energy mix.
    public init(
        isGreenEnergy: Bool,
        energySources: [EnergySource] = [],
        environmentalImpact: [EnvironmentalImpact] = [],
        supplierName: String? = nil,
        energyProductName: String? = nil
    ) {
        self.isGreenEnergy = isGreenEnergy
        self.energySources = energySources
        self.environmentalImpact = environmentalImpact
        self.supplierName = supplierName
        self.energyProductName = energyProductName
    }
}
