public import Foundation

/// The price of one dimension (energy, time, parking time or a flat fee).
public struct PriceComponent: Sendable, Hashable, Codable {
    /// The dimension priced.
    public var type: TariffDimensionType
    /// Price per unit excluding VAT (per kWh, per hour, or per session for flat fees).
    public var price: Decimal
    /// VAT in percent; `nil` means no VAT applies (which is not the same as 0 %).
    public var vat: Decimal?
    /// Billing granularity in the dimension's step unit (Wh for energy, s for time); the
    /// session total is rounded up to a multiple.
    public var stepSize: Int

    /// Creates a price component.
    public init(type: TariffDimensionType, price: Decimal, vat: Decimal? = nil, stepSize: Int) {
        self.type = type
        self.price = price
        self.vat = vat
        self.stepSize = stepSize
    }
}
