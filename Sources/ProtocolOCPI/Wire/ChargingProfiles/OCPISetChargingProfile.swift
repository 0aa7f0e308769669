/// OCPI `SetChargingProfile` (§12.4): body of `PUT {chargingprofiles}/{session_id}`.
struct OCPISetChargingProfile: OCPIWireObject {
    /// The profile to set.
    var chargingProfile: OCPIChargingProfile
    /// Where the CPO posts the ``OCPIChargingProfileResult``.
    var responseURL: String

    enum CodingKeys: String, CodingKey {
        case chargingProfile = "charging_profile"
        case responseURL = "response_url"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.nested(chargingProfile, "charging_profile")
        validator.url(responseURL, "response_url")
    }
}
