/// The detailed answer of a command's target: its verdict on the request or the charger's
/// result. Union of OCPI's CommandResponseType and CommandResultType; OICP results map onto it.
public enum CommandOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// Accepted (request) or carried out (result).
    case accepted = "ACCEPTED"
    /// The CPO cancelled a reservation on its own initiative.
    case canceledReservation = "CANCELED_RESERVATION"
    /// The EVSE is in use.
    case evseOccupied = "EVSE_OCCUPIED"
    /// The EVSE is out of operation.
    case evseInoperative = "EVSE_INOPERATIVE"
    /// The charger could not carry the command out.
    case failed = "FAILED"
    /// The target or charger does not support the command.
    case notSupported = "NOT_SUPPORTED"
    /// The target or charger refused the command.
    case rejected = "REJECTED"
    /// The charger did not answer in time.
    case timeout = "TIMEOUT"
    /// The reservation is not known.
    case unknownReservation = "UNKNOWN_RESERVATION"
    /// The session is not known.
    case unknownSession = "UNKNOWN_SESSION"
}
