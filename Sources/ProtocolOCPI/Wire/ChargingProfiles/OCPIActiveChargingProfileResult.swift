/// OCPI `ActiveChargingProfileResult` (§12.4): the asynchronous answer to a GET of the active profile.
struct OCPIActiveChargingProfileResult: OCPIWireObject {
    /// The outcome.
    var result: OCPIChargingProfileResultType
    /// The active profile, when ``result`` is `ACCEPTED`.
    var profile: OCPIActiveChargingProfile?

    func validate(into validator: inout OCPIValidator) {
        validator.nested(profile, "profile")
    }
}
