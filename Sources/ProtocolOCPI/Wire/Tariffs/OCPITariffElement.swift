/// OCPI `TariffElement` (§9.3): price components that apply together while the restrictions hold.
struct OCPITariffElement: OCPIWireObject {
    /// The prices; at least one.
    var priceComponents: [OCPIPriceComponent]
    /// When the element applies; absent for always.
    var restrictions: OCPITariffRestrictions?

    enum CodingKeys: String, CodingKey {
        case priceComponents = "price_components"
        case restrictions
    }

    func validate(into validator: inout OCPIValidator) {
        validator.nonEmpty(priceComponents.count, "price_components")
        validator.each(priceComponents, "price_components")
        validator.nested(restrictions, "restrictions")
        if restrictions?.reservation != nil {
            for (index, component) in priceComponents.enumerated() where ![.flat, .time].contains(component.type) {
                validator.report(
                    "price_components[\(index)].type", "a reservation element may only price FLAT and TIME")
            }
        }
    }
}
