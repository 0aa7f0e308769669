/// OCPI `StopSession` (§11.3): the eMSP asks the CPO to stop a session.
struct OCPIStopSession: OCPIWireObject {
    /// Where the CPO posts the ``OCPICommandResult``.
    var responseURL: String
    /// The session to stop.
    var sessionID: String

    enum CodingKeys: String, CodingKey {
        case responseURL = "response_url"
        case sessionID = "session_id"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.url(responseURL, "response_url")
        validator.ciString(sessionID, "session_id", max: 36)
    }
}
