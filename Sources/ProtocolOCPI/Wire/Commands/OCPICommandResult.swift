/// OCPI `CommandResult` (§11.3): the charger's outcome, posted to the command's `response_url`.
struct OCPICommandResult: OCPIWireObject {
    /// The outcome.
    var result: OCPICommandResultType
    /// Explanation for people.
    var message: [OCPIDisplayText]?

    func validate(into validator: inout OCPIValidator) {
        validator.each(message, "message")
    }
}
