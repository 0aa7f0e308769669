import Foundation

/// OCPI `CDR` (§8.4): the final, billable account of a finished session; immutable once sent
/// (corrections are credit CDRs).
struct OCPICDR: OCPIWireObject {
    /// Country code of the CPO.
    var countryCode: String
    /// Party id of the CPO.
    var partyID: String
    /// Id, `CiString(39)` (credit CDRs may add a suffix).
    var id: String
    /// Session (or reservation) start.
    var startDateTime: Date
    /// Session end.
    var endDateTime: Date
    /// Session id.
    var sessionID: String?
    /// The token used.
    var cdrToken: OCPICdrToken
    /// The last authorization method used.
    var authMethod: OCPIAuthMethod
    /// The eMSP's last reference.
    var authorizationReference: String?
    /// Location snapshot.
    var cdrLocation: OCPICdrLocation
    /// Meter id, `string(255)`.
    var meterID: String?
    /// ISO 4217 currency.
    var currency: String
    /// The relevant tariffs as at session start.
    var tariffs: [OCPITariff]?
    /// Metered periods; at least one.
    var chargingPeriods: [OCPIChargingPeriod]
    /// Calibration-law data.
    var signedData: OCPISignedData?
    /// Total cost.
    var totalCost: OCPIPrice
    /// Fixed costs (e.g. a start fee).
    var totalFixedCost: OCPIPrice?
    /// Total energy, kWh.
    var totalEnergy: Decimal
    /// Cost of the energy.
    var totalEnergyCost: OCPIPrice?
    /// Total duration, hours.
    var totalTime: Decimal
    /// Cost of the charging time.
    var totalTimeCost: OCPIPrice?
    /// Hours not charging.
    var totalParkingTime: Decimal?
    /// Cost of parking.
    var totalParkingCost: OCPIPrice?
    /// Cost of the reservation.
    var totalReservationCost: OCPIPrice?
    /// Note for people, `string(255)`.
    var remark: String?
    /// Invoice reference, `CiString(39)`.
    var invoiceReferenceID: String?
    /// Whether this is a credit CDR.
    var credit: Bool?
    /// Id of the credited CDR, `CiString(39)`.
    var creditReferenceID: String?
    /// Whether it took place on the driver's home charger.
    var homeChargingCompensation: Bool?
    /// Creation time.
    var lastUpdated: Date

    enum CodingKeys: String, CodingKey {
        case countryCode = "country_code"
        case partyID = "party_id"
        case id
        case startDateTime = "start_date_time"
        case endDateTime = "end_date_time"
        case sessionID = "session_id"
        case cdrToken = "cdr_token"
        case authMethod = "auth_method"
        case authorizationReference = "authorization_reference"
        case cdrLocation = "cdr_location"
        case meterID = "meter_id"
        case currency
        case tariffs
        case chargingPeriods = "charging_periods"
        case signedData = "signed_data"
        case totalCost = "total_cost"
        case totalFixedCost = "total_fixed_cost"
        case totalEnergy = "total_energy"
        case totalEnergyCost = "total_energy_cost"
        case totalTime = "total_time"
        case totalTimeCost = "total_time_cost"
        case totalParkingTime = "total_parking_time"
        case totalParkingCost = "total_parking_cost"
        case totalReservationCost = "total_reservation_cost"
        case remark
        case invoiceReferenceID = "invoice_reference_id"
        case credit
        case creditReferenceID = "credit_reference_id"
        case homeChargingCompensation = "home_charging_compensation"
        case lastUpdated = "last_updated"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.countryCode(countryCode)
        validator.partyID(partyID)
        validator.ciString(id, "id", max: 39)
        validator.ciString(sessionID, "session_id", max: 36)
        validator.nested(cdrToken, "cdr_token")
        validator.ciString(authorizationReference, "authorization_reference", max: 36)
        validator.nested(cdrLocation, "cdr_location")
        validator.string(meterID, "meter_id", max: 255)
        validator.threeLetterCode(currency, "currency")
        validator.each(tariffs, "tariffs")
        validator.nonEmpty(chargingPeriods.count, "charging_periods")
        validator.each(chargingPeriods, "charging_periods")
        validator.nested(signedData, "signed_data")
        validator.string(remark, "remark", max: 255)
        validator.ciString(invoiceReferenceID, "invoice_reference_id", max: 39)
        validator.ciString(creditReferenceID, "credit_reference_id", max: 39)
        if credit == true && creditReferenceID == nil {
            validator.report("credit_reference_id", "is required for a credit CDR")
        }
        if endDateTime < startDateTime {
            validator.report("end_date_time", "must not be before start_date_time")
        }
    }
}
