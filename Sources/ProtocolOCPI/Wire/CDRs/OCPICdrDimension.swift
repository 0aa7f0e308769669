import Foundation

/// OCPI `CdrDimension` (§14.5): one measured quantity of a charging period.
struct OCPICdrDimension: OCPIWireObject {
    /// What is measured.
    var type: OCPICdrDimensionType
    /// The amount, in the unit of ``type``.
    var volume: Decimal

    func validate(into validator: inout OCPIValidator) {}
}
