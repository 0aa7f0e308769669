import Foundation

/// OCPI `ActiveChargingProfile` (§12.4): the profile a charger computed for a session.
struct OCPIActiveChargingProfile: OCPIWireObject {
    /// When it was computed; its periods are relative to this.
    var startDateTime: Date
    /// The profile.
    var chargingProfile: OCPIChargingProfile

    enum CodingKeys: String, CodingKey {
        case startDateTime = "start_date_time"
        case chargingProfile = "charging_profile"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.nested(chargingProfile, "charging_profile")
    }
}
