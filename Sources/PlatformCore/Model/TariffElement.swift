/// Price components that apply together while their restrictions hold.
public struct TariffElement: Sendable, Hashable, Codable {
    /// The prices; at least one.
    public var priceComponents: [PriceComponent]
    /// When the element applies; `nil` for always.
    public var restrictions: TariffRestrictions?

    /// Creates a tariff element.
    public init(priceComponents: [PriceComponent], restrictions: TariffRestrictions? = nil) {
        self.priceComponents = priceComponents
        self.restrictions = restrictions
    }
}
