import Foundation

/// OCPI `ChargingProfile` (§12.4): power or current limits over time.
struct OCPIChargingProfile: OCPIWireObject {
    /// Absolute start; absent means relative to the start of charging.
    var startDateTime: Date?
    /// Length in seconds; absent means until the session ends.
    var duration: Int?
    /// Unit of the limits.
    var chargingRateUnit: OCPIChargingRateUnit
    /// The vehicle's minimum efficient rate (one decimal).
    var minChargingRate: Decimal?
    /// The limits over time.
    var chargingProfilePeriod: [OCPIChargingProfilePeriod]?

    enum CodingKeys: String, CodingKey {
        case startDateTime = "start_date_time"
        case duration
        case chargingRateUnit = "charging_rate_unit"
        case minChargingRate = "min_charging_rate"
        case chargingProfilePeriod = "charging_profile_period"
    }

    func validate(into validator: inout OCPIValidator) {
        if let duration, duration < 0 {
            validator.report("duration", "must not be negative")
        }
        validator.each(chargingProfilePeriod, "charging_profile_period")
    }
}
