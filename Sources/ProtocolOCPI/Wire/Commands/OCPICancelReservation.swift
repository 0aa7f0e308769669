/// OCPI `CancelReservation` (§11.3): the eMSP cancels one of its reservations.
struct OCPICancelReservation: OCPIWireObject {
    /// Where the CPO posts the ``OCPICommandResult``.
    var responseURL: String
    /// The id used in ``OCPIReserveNow``.
    var reservationID: String

    enum CodingKeys: String, CodingKey {
        case responseURL = "response_url"
        case reservationID = "reservation_id"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.url(responseURL, "response_url")
        validator.ciString(reservationID, "reservation_id", max: 36)
    }
}
