import PlatformCore

/// OCPI `CommandType` (§11.4): the command named in the URL.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPICommandType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `CANCEL_RESERVATION`.
    static let cancelReservation = Self(rawValue: "CANCEL_RESERVATION")
    /// `RESERVE_NOW`.
    static let reserveNow = Self(rawValue: "RESERVE_NOW")
    /// `START_SESSION`.
    static let startSession = Self(rawValue: "START_SESSION")
    /// `STOP_SESSION`.
    static let stopSession = Self(rawValue: "STOP_SESSION")
    /// `UNLOCK_CONNECTOR`.
    static let unlockConnector = Self(rawValue: "UNLOCK_CONNECTOR")

    /// Every value this build knows.
    static let knownValues: [Self] = [.cancelReservation, .reserveNow, .startSession, .stopSession, .unlockConnector]
}
