import Foundation

/// OCPI `PriceComponent` (§9.3): the price of one dimension.
struct OCPIPriceComponent: OCPIWireObject {
    /// The dimension priced.
    var type: OCPITariffDimensionType
    /// Price per unit excluding VAT.
    var price: Decimal
    /// VAT percentage; absent means no VAT applies (not 0 %).
    var vat: Decimal?
    /// Billing granularity in the dimension's step unit.
    var stepSize: Int

    enum CodingKeys: String, CodingKey {
        case type
        case price
        case vat
        case stepSize = "step_size"
    }

    func validate(into validator: inout OCPIValidator) {
        if stepSize < 0 {
            validator.report("step_size", "must not be negative")
        }
    }
}
