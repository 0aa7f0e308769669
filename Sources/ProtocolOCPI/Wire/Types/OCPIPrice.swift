import Foundation

/// OCPI `Price` (§1.3): an amount without and optionally with VAT.
struct OCPIPrice: OCPIWireObject {
    /// Amount excluding VAT.
    var exclVat: Decimal
    /// Amount including VAT.
    var inclVat: Decimal?

    enum CodingKeys: String, CodingKey {
        case exclVat = "excl_vat"
        case inclVat = "incl_vat"
    }

    func validate(into validator: inout OCPIValidator) {}
}
