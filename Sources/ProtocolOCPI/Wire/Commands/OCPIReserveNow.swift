import Foundation

/// OCPI `ReserveNow` (§11.3): the eMSP asks the CPO to reserve an EVSE (or any EVSE of a location).
struct OCPIReserveNow: OCPIWireObject {
    /// Where the CPO posts the ``OCPICommandResult``.
    var responseURL: String
    /// The full token, already authorized by the eMSP.
    var token: OCPIToken
    /// End of the reservation.
    var expiryDate: Date
    /// The eMSP's reservation id; the same id again replaces the reservation.
    var reservationID: String
    /// Location id.
    var locationID: String
    /// EVSE uid; absent for any EVSE.
    var evseUID: String?
    /// Reference to copy into the session and CDR.
    var authorizationReference: String?

    enum CodingKeys: String, CodingKey {
        case responseURL = "response_url"
        case token
        case expiryDate = "expiry_date"
        case reservationID = "reservation_id"
        case locationID = "location_id"
        case evseUID = "evse_uid"
        case authorizationReference = "authorization_reference"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.url(responseURL, "response_url")
        validator.nested(token, "token")
        validator.ciString(reservationID, "reservation_id", max: 36)
        validator.ciString(locationID, "location_id", max: 36)
        validator.ciString(evseUID, "evse_uid", max: 36)
        validator.ciString(authorizationReference, "authorization_reference", max: 36)
    }
}
