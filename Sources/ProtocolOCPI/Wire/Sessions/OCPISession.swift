import Foundation

/// OCPI `Session` (§7.4): a charging session at a CPO's EVSE.
struct OCPISession: OCPIWireObject {
    /// Country code of the CPO.
    var countryCode: String
    /// Party id of the CPO.
    var partyID: String
    /// Id, `CiString(36)`.
    var id: String
    /// Start (or, while pending, creation).
    var startDateTime: Date
    /// End.
    var endDateTime: Date?
    /// Energy charged so far, kWh.
    var kwh: Decimal
    /// The token that started it.
    var cdrToken: OCPICdrToken
    /// How it was authorized.
    var authMethod: OCPIAuthMethod
    /// The eMSP's reference, `CiString(36)`.
    var authorizationReference: String?
    /// Location id.
    var locationID: String
    /// EVSE uid (`#NA` for a reservation without EVSE).
    var evseUID: String
    /// Connector id (`#NA` for a reservation without connector).
    var connectorID: String
    /// Meter id, `string(255)`.
    var meterID: String?
    /// ISO 4217 currency.
    var currency: String
    /// Metered periods.
    var chargingPeriods: [OCPIChargingPeriod]?
    /// Cost so far; absent means unknown, not free.
    var totalCost: OCPIPrice?
    /// Status.
    var status: OCPISessionStatus
    /// Last change.
    var lastUpdated: Date

    enum CodingKeys: String, CodingKey {
        case countryCode = "country_code"
        case partyID = "party_id"
        case id
        case startDateTime = "start_date_time"
        case endDateTime = "end_date_time"
        case kwh
        case cdrToken = "cdr_token"
        case authMethod = "auth_method"
        case authorizationReference = "authorization_reference"
        case locationID = "location_id"
        case evseUID = "evse_uid"
        case connectorID = "connector_id"
        case meterID = "meter_id"
        case currency
        case chargingPeriods = "charging_periods"
        case totalCost = "total_cost"
        case status
        case lastUpdated = "last_updated"
    }

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
    }
}
