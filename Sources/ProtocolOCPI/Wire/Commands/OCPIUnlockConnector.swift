/// OCPI `UnlockConnector` (§11.3): help-desk request to release a stuck plug.
struct OCPIUnlockConnector: OCPIWireObject {
    /// Where the CPO posts the ``OCPICommandResult``.
    var responseURL: String
    /// Location id.
    var locationID: String
    /// EVSE uid.
    var evseUID: String
    /// Connector id.
    var connectorID: String

    enum CodingKeys: String, CodingKey {
        case responseURL = "response_url"
        case locationID = "location_id"
        case evseUID = "evse_uid"
        case connectorID = "connector_id"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.url(responseURL, "response_url")
        validator.ciString(locationID, "location_id", max: 36)
        validator.ciString(evseUID, "evse_uid", max: 36)
        validator.ciString(connectorID, "connector_id", max: 36)
    }
}
