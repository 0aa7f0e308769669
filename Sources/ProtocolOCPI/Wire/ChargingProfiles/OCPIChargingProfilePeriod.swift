import Foundation

/// OCPI `ChargingProfilePeriod` (§12.4): a limit from a moment on, until the next period.
struct OCPIChargingProfilePeriod: OCPIWireObject {
    /// Seconds from the profile's start.
    var startPeriod: Int
    /// Maximum rate in the profile's unit (one decimal).
    var limit: Decimal

    enum CodingKeys: String, CodingKey {
        case startPeriod = "start_period"
        case limit
    }

    func validate(into validator: inout OCPIValidator) {
        if startPeriod < 0 {
            validator.report("start_period", "must not be negative")
        }
    }
}
