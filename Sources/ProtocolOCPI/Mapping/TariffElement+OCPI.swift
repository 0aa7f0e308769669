import PlatformCore

/// TariffElement ↔ domain ``TariffElement``.
extension OCPITariffElement {
    /// The wire form of a domain tariff element.
    init(domain element: TariffElement) {
        self.init(
            priceComponents: element.priceComponents.map(OCPIPriceComponent.init(domain:)),
            restrictions: element.restrictions.map(OCPITariffRestrictions.init(domain:)))
    }

    /// The domain tariff element.
    /// - Throws: ``OCPIMappingError`` for an enum value the domain cannot hold.
    func domain() throws -> TariffElement {
        TariffElement(
            priceComponents: try OCPIMapping.map(priceComponents, "price_components") { try $0.domain() },
            restrictions: try OCPIMapping.within("restrictions") { try restrictions?.domain() })
    }
}

/// PriceComponent ↔ domain ``PriceComponent``.
extension OCPIPriceComponent {
    /// The wire form of a domain price component.
    init(domain component: PriceComponent) {
        self.init(
            type: OCPITariffDimensionType(domain: component.type), price: component.price, vat: component.vat,
            stepSize: component.stepSize)
    }

    /// The domain price component.
    /// - Throws: ``OCPIMappingError`` for a dimension the domain does not know.
    func domain() throws -> PriceComponent {
        PriceComponent(type: try type.domain("type"), price: price, vat: vat, stepSize: stepSize)
    }
}
