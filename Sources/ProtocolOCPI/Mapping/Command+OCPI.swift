import PlatformCore

/// The command bodies an eMSP sends for a domain ``Command``. Each throws an
/// ``OCPIMappingError`` naming the field when the command lacks what its kind needs.
extension OCPIStartSession {
    /// The `START_SESSION` body of `command`, answered at `responseURL`.
    init(command: Command, responseURL: String) throws {
        self.init(
            responseURL: responseURL, token: OCPIToken(domain: try required(command.token, "token")),
            locationID: try required(command.locationID, "location_id"), evseUID: command.evseUID,
            connectorID: command.connectorID, authorizationReference: command.authorizationReference)
    }
}

extension OCPIStopSession {
    /// The `STOP_SESSION` body of `command`, answered at `responseURL`.
    init(command: Command, responseURL: String) throws {
        self.init(responseURL: responseURL, sessionID: try required(command.sessionID, "session_id"))
    }
}

extension OCPIReserveNow {
    /// The `RESERVE_NOW` body of `command`, answered at `responseURL`.
    init(command: Command, responseURL: String) throws {
        self.init(
            responseURL: responseURL, token: OCPIToken(domain: try required(command.token, "token")),
            expiryDate: try required(command.expiryDate, "expiry_date"),
            reservationID: try required(command.reservationID, "reservation_id"),
            locationID: try required(command.locationID, "location_id"), evseUID: command.evseUID,
            authorizationReference: command.authorizationReference)
    }
}

extension OCPICancelReservation {
    /// The `CANCEL_RESERVATION` body of `command`, answered at `responseURL`.
    init(command: Command, responseURL: String) throws {
        self.init(responseURL: responseURL, reservationID: try required(command.reservationID, "reservation_id"))
    }
}

extension OCPIUnlockConnector {
    /// The `UNLOCK_CONNECTOR` body of `command`, answered at `responseURL`.
    init(command: Command, responseURL: String) throws {
        self.init(
            responseURL: responseURL, locationID: try required(command.locationID, "location_id"),
            evseUID: try required(command.evseUID, "evse_uid"),
            connectorID: try required(command.connectorID, "connector_id"))
    }
}

/// `value`, or an ``OCPIMappingError`` saying the command lacks `field`.
private func required<Value>(_ value: Value?, _ field: String) throws -> Value {
    guard let value else {
        throw OCPIMappingError(path: field, reason: "the command has no value for it")
    }
    return value
}
