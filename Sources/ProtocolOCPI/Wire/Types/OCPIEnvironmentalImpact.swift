import Foundation

/// OCPI `EnvironmentalImpact` (§14.7): waste or emissions per kWh.
struct OCPIEnvironmentalImpact: OCPIWireObject {
    /// What is emitted.
    var category: OCPIEnvironmentalImpactCategory
    /// Amount in g/kWh.
    var amount: Decimal

    func validate(into validator: inout OCPIValidator) {}
}
