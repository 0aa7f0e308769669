/// OCPI `EnergyMix` (§14.7): where the electricity of a location or tariff comes from.
struct OCPIEnergyMix: OCPIWireObject {
    /// Whether it is 100 % renewable.
    var isGreenEnergy: Bool
    /// Shares per source category.
    var energySources: [OCPIEnergySource]?
    /// Waste and emissions per kWh.
    var environImpact: [OCPIEnvironmentalImpact]?
    /// Supplier name, `string(64)`.
    var supplierName: String?
    /// Product name, `string(64)`.
    var energyProductName: String?

    enum CodingKeys: String, CodingKey {
        case isGreenEnergy = "is_green_energy"
        case energySources = "energy_sources"
        case environImpact = "environ_impact"
        case supplierName = "supplier_name"
        case energyProductName = "energy_product_name"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.each(energySources, "energy_sources")
        validator.each(environImpact, "environ_impact")
        validator.string(supplierName, "supplier_name", max: 64)
        validator.string(energyProductName, "energy_product_name", max: 64)
    }
}
