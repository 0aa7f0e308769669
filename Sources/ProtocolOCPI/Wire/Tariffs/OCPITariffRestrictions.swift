import Foundation

/// OCPI `TariffRestrictions` (§9.3): conditions, all of which must hold, for a tariff element;
/// local times and dates in the location's time zone.
struct OCPITariffRestrictions: OCPIWireObject {
    /// Local time `hh:mm` from which it applies.
    var startTime: String?
    /// Local time `hh:mm` until which it applies.
    var endTime: String?
    /// Local date `YYYY-MM-DD` from which it applies.
    var startDate: String?
    /// Local date `YYYY-MM-DD` until which it applies (exclusive).
    var endDate: String?
    /// Minimum session energy, kWh.
    var minKwh: Decimal?
    /// Maximum session energy, kWh.
    var maxKwh: Decimal?
    /// Minimum current, A.
    var minCurrent: Decimal?
    /// Maximum current, A.
    var maxCurrent: Decimal?
    /// Minimum power, kW.
    var minPower: Decimal?
    /// Maximum power, kW.
    var maxPower: Decimal?
    /// Minimum session duration, s.
    var minDuration: Int?
    /// Maximum session duration, s.
    var maxDuration: Int?
    /// Weekdays on which it applies.
    var dayOfWeek: [OCPIDayOfWeek]?
    /// Marks a reservation element.
    var reservation: OCPIReservationRestrictionType?

    enum CodingKeys: String, CodingKey {
        case startTime = "start_time"
        case endTime = "end_time"
        case startDate = "start_date"
        case endDate = "end_date"
        case minKwh = "min_kwh"
        case maxKwh = "max_kwh"
        case minCurrent = "min_current"
        case maxCurrent = "max_current"
        case minPower = "min_power"
        case maxPower = "max_power"
        case minDuration = "min_duration"
        case maxDuration = "max_duration"
        case dayOfWeek = "day_of_week"
        case reservation
    }

    func validate(into validator: inout OCPIValidator) {
        validator.localTime(startTime, "start_time")
        validator.localTime(endTime, "end_time")
        validator.localDate(startDate, "start_date")
        validator.localDate(endDate, "end_date")
    }
}
