import PlatformCore

/// OCPI `CommandResultType` (§11.4): the charger's asynchronous outcome of a command.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPICommandResultType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `ACCEPTED`.
    static let accepted = Self(rawValue: "ACCEPTED")
    /// `CANCELED_RESERVATION`.
    static let canceledReservation = Self(rawValue: "CANCELED_RESERVATION")
    /// `EVSE_OCCUPIED`.
    static let evseOccupied = Self(rawValue: "EVSE_OCCUPIED")
    /// `EVSE_INOPERATIVE`.
    static let evseInoperative = Self(rawValue: "EVSE_INOPERATIVE")
    /// `FAILED`.
    static let failed = Self(rawValue: "FAILED")
    /// `NOT_SUPPORTED`.
    static let notSupported = Self(rawValue: "NOT_SUPPORTED")
    /// `REJECTED`.
    static let rejected = Self(rawValue: "REJECTED")
    /// `TIMEOUT`: the charger did not answer.
    static let timeout = Self(rawValue: "TIMEOUT")
    /// `UNKNOWN_RESERVATION`.
    static let unknownReservation = Self(rawValue: "UNKNOWN_RESERVATION")

    /// Every value this build knows.
    static let knownValues: [Self] = [
        .accepted, .canceledReservation, .evseOccupied, .evseInoperative, .failed, .notSupported, .rejected, .timeout,
        .unknownReservation,
    ]
}
