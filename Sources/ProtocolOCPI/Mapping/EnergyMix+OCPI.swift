import PlatformCore

/// EnergyMix ↔ domain ``EnergyMix`` (categories are extensible on both sides).
extension OCPIEnergyMix {
    /// The wire form of a domain energy mix.
    init(domain mix: EnergyMix) {
        self.init(
            isGreenEnergy: mix.isGreenEnergy,
            energySources: OCPIMapping.list(
                mix.energySources.map {
                    OCPIEnergySource(source: OCPIEnergySourceCategory(domain: $0.source), percentage: $0.percentage)
                }),
            environImpact: OCPIMapping.list(
                mix.environmentalImpact.map {
                    OCPIEnvironmentalImpact(
                        category: OCPIEnvironmentalImpactCategory(domain: $0.category), amount: $0.amount)
                }),
            supplierName: mix.supplierName, energyProductName: mix.energyProductName)
    }

    /// The domain energy mix.
    func domain() -> EnergyMix {
        EnergyMix(
            isGreenEnergy: isGreenEnergy,
            energySources: (energySources ?? []).map {
                EnergySource(source: EnergySourceCategory(rawValue: $0.source.rawValue), percentage: $0.percentage)
            },
            environmentalImpact: (environImpact ?? []).map {
                EnvironmentalImpact(
                    category: EnvironmentalImpactCategory(rawValue: $0.category.rawValue), amount: $0.amount)
            },
            supplierName: supplierName, energyProductName: energyProductName)
    }
}
