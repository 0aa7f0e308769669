/// OCPI `CommandResponse` (§11.3): the CPO's synchronous verdict on a command.
struct OCPICommandResponse: OCPIWireObject {
    /// The verdict.
    var result: OCPICommandResponseType
    /// Seconds the eMSP should wait for the ``OCPICommandResult``.
    var timeout: Int
    /// Explanation for people.
    var message: [OCPIDisplayText]?

    func validate(into validator: inout OCPIValidator) {
        if timeout < 0 {
            validator.report("timeout", "must not be negative")
        }
        validator.each(message, "message")
    }
}
