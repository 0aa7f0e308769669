import Foundation

/// The body of a Session PATCH (§7.3): any fields of ``OCPISession``, of which only those
/// present change; `last_updated` is required, and `charging_periods` are **appended**.
struct OCPISessionPatch: OCPIWireObject {
    /// See ``OCPISession/countryCode``.
    var countryCode: String?
    /// See ``OCPISession/partyID``.
    var partyID: String?
    /// See ``OCPISession/id``.
    var id: String?
    /// See ``OCPISession/startDateTime``.
    var startDateTime: Date?
    /// See ``OCPISession/endDateTime``.
    var endDateTime: Date?
    /// See ``OCPISession/kwh``.
    var kwh: Decimal?
    /// See ``OCPISession/cdrToken``.
    var cdrToken: OCPICdrToken?
    /// See ``OCPISession/authMethod``.
    var authMethod: OCPIAuthMethod?
    /// See ``OCPISession/authorizationReference``.
    var authorizationReference: String?
    /// See ``OCPISession/locationID``.
    var locationID: String?
    /// See ``OCPISession/evseUID``.
    var evseUID: String?
    /// See ``OCPISession/connectorID``.
    var connectorID: String?
    /// See ``OCPISession/meterID``.
    var meterID: String?
    /// See ``OCPISession/currency``.
    var currency: String?
    /// Periods to append to the stored ones.
    var chargingPeriods: [OCPIChargingPeriod]?
    /// See ``OCPISession/totalCost``.
    var totalCost: OCPIPrice?
    /// See ``OCPISession/status``.
    var status: OCPISessionStatus?
    /// Required in a PATCH.
    var lastUpdated: Date?

    typealias CodingKeys = OCPISession.CodingKeys

    func validate(into validator: inout OCPIValidator) {
        validator.countryCode(countryCode)
        validator.partyID(partyID)
        validator.ciString(id, "id", max: 36)
        validator.nested(cdrToken, "cdr_token")
        validator.ciString(authorizationReference, "authorization_reference", max: 36)
        validator.ciString(locationID, "location_id", max: 36)
        validator.ciString(evseUID, "evse_uid", max: 36)
        validator.ciString(connectorID, "connector_id", max: 36)
        validator.string(meterID, "meter_id", max: 255)
        validator.threeLetterCode(currency, "currency")
        validator.each(chargingPeriods, "charging_periods")
        validator.nested(totalCost, "total_cost")
        validator.lastUpdatedInPatch(lastUpdated)
    }
}
