/// OCPI `ChargingProfileResponse` (§12.4): the CPO's synchronous verdict on a profile request.
struct OCPIChargingProfileResponse: OCPIWireObject {
    /// The verdict.
    var result: OCPIChargingProfileResponseType
    /// Seconds to wait for the asynchronous result.
    var timeout: Int

    func validate(into validator: inout OCPIValidator) {
        if timeout < 0 {
            validator.report("timeout", "must not be negative")
        }
    }
}
