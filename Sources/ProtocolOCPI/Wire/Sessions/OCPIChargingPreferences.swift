import Foundation

/// OCPI `ChargingPreferences` (§7.5): what a driver wants from an ongoing session.
struct OCPIChargingPreferences: OCPIWireObject {
    /// The preferred profile.
    var profileType: OCPIProfileType
    /// Expected departure.
    var departureTime: Date?
    /// Energy wanted, kWh.
    var energyNeed: Decimal?
    /// Whether discharging (V2G) is allowed (absent = false).
    var dischargeAllowed: Bool?

    enum CodingKeys: String, CodingKey {
        case profileType = "profile_type"
        case departureTime = "departure_time"
        case energyNeed = "energy_need"
        case dischargeAllowed = "discharge_allowed"
    }

    func validate(into validator: inout OCPIValidator) {}
}
