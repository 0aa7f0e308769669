import Foundation

/// OCPI `ChargingPeriod` (§14.5): a stretch of a session with constant pricing conditions.
struct OCPIChargingPeriod: OCPIWireObject {
    /// Start; the period lasts until the next one starts.
    var startDateTime: Date
    /// Measured quantities; at least one.
    var dimensions: [OCPICdrDimension]
    /// Tariff in force, `CiString(36)`.
    var tariffID: String?

    enum CodingKeys: String, CodingKey {
        case startDateTime = "start_date_time"
        case dimensions
        case tariffID = "tariff_id"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.nonEmpty(dimensions.count, "dimensions")
        validator.each(dimensions, "dimensions")
        validator.ciString(tariffID, "tariff_id", max: 36)
    }
}
