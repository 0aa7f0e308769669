import Foundation

/// OCPI `StatusSchedule` (§6.7): a planned status of an EVSE (informational).
struct OCPIStatusSchedule: OCPIWireObject {
    /// Begin.
    var periodBegin: Date
    /// End; absent for open-ended.
    var periodEnd: Date?
    /// The planned status.
    var status: OCPIEVSEStatus

    enum CodingKeys: String, CodingKey {
        case periodBegin = "period_begin"
        case periodEnd = "period_end"
        case status
    }

    func validate(into validator: inout OCPIValidator) {
        if let periodEnd, periodEnd < periodBegin {
            validator.report("period_end", "must not be before period_begin")
        }
    }
}
