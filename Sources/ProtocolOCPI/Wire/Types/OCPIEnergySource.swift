import Foundation

/// OCPI `EnergySource` (§14.7): the share of one source category in an energy mix.
struct OCPIEnergySource: OCPIWireObject {
    /// The category.
    var source: OCPIEnergySourceCategory
    /// Share in percent, 0 ... 100.
    var percentage: Decimal

    func validate(into validator: inout OCPIValidator) {
        if percentage < 0 || percentage > 100 {
            validator.report("percentage", "must be between 0 and 100, got \(percentage)")
        }
    }
}
