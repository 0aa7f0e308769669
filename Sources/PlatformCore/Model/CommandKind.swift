/// What a remote command asks a charger to do.
public enum CommandKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Start a session for a token (needs `locationID` and `token`).
    case startSession = "START_SESSION"
    /// Stop a session (needs `sessionID`).
    case stopSession = "STOP_SESSION"
    /// Reserve an EVSE or location (needs `reservationID`, `locationID`, `token`, `expiryDate`).
    case reserveNow = "RESERVE_NOW"
    /// Cancel a reservation (needs `reservationID`).
    case cancelReservation = "CANCEL_RESERVATION"
    /// Unlock a stuck connector; help-desk use only (needs `locationID`, `evseUID`, `connectorID`).
    case unlockConnector = "UNLOCK_CONNECTOR"
}
