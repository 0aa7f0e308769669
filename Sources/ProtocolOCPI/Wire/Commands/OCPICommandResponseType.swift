import PlatformCore

/// OCPI `CommandResponseType` (§11.4): the CPO's synchronous verdict on a command.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPICommandResponseType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `NOT_SUPPORTED`.
    static let notSupported = Self(rawValue: "NOT_SUPPORTED")
    /// `REJECTED`.
    static let rejected = Self(rawValue: "REJECTED")
    /// `ACCEPTED`.
    static let accepted = Self(rawValue: "ACCEPTED")
    /// `UNKNOWN_SESSION`.
    static let unknownSession = Self(rawValue: "UNKNOWN_SESSION")

    /// Every value this build knows.
    static let knownValues: [Self] = [.notSupported, .rejected, .accepted, .unknownSession]
}
