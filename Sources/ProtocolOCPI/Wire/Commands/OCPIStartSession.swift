/// OCPI `StartSession` (§11.3): the eMSP asks the CPO to start a session for a token.
struct OCPIStartSession: OCPIWireObject {
    /// Where the CPO posts the ``OCPICommandResult``.
    var responseURL: String
    /// The full token, already authorized by the eMSP.
    var token: OCPIToken
    /// Location id.
    var locationID: String
    /// EVSE uid; required when ``connectorID`` is given.
    var evseUID: String?
    /// Connector id.
    var connectorID: String?
    /// Reference to copy into the session and CDR.
    var authorizationReference: String?

    enum CodingKeys: String, CodingKey {
        case responseURL = "response_url"
        case token
        case locationID = "location_id"
        case evseUID = "evse_uid"
        case connectorID = "connector_id"
        case authorizationReference = "authorization_reference"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.url(responseURL, "response_url")
        validator.nested(token, "token")
        validator.ciString(locationID, "location_id", max: 36)
        validator.ciString(evseUID, "evse_uid", max: 36)
        validator.ciString(connectorID, "connector_id", max: 36)
        validator.ciString(authorizationReference, "authorization_reference", max: 36)
        if connectorID != nil && evseUID == nil {
            validator.report("evse_uid", "is required with connector_id")
        }
    }
}
