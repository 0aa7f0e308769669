/// OCPI `ClearProfileResult` (§12.4): the asynchronous answer to clearing a profile.
struct OCPIClearProfileResult: OCPIWireObject {
    /// The outcome.
    var result: OCPIChargingProfileResultType

    func validate(into validator: inout OCPIValidator) {}
}
