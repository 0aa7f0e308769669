/// OCPI `ChargingProfileResult` (§12.4): the asynchronous answer to setting a profile.
struct OCPIChargingProfileResult: OCPIWireObject {
    /// The outcome.
    var result: OCPIChargingProfileResultType

    func validate(into validator: inout OCPIValidator) {}
}
