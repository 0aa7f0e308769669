import Foundation

/// OCPI `ExceptionalPeriod` (§14.3): a one-off open or closed period (UTC).
struct OCPIExceptionalPeriod: OCPIWireObject {
    /// Begin.
    var periodBegin: Date
    /// End.
    var periodEnd: Date

    enum CodingKeys: String, CodingKey {
        case periodBegin = "period_begin"
        case periodEnd = "period_end"
    }

    func validate(into validator: inout OCPIValidator) {
        if periodEnd < periodBegin {
            validator.report("period_end", "must not be before period_begin")
        }
    }
}
