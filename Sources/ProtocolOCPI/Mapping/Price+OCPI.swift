import PlatformCore

/// Price ↔ domain ``Price``.
extension OCPIPrice {
    /// The wire form of a domain price.
    init(domain price: Price) {
        self.init(exclVat: price.exclVat, inclVat: price.inclVat)
    }

    /// The domain price.
    func domain() -> Price {
        Price(exclVat: exclVat, inclVat: inclVat)
    }
}
