import PlatformCore

/// OCPI `AuthMethod` (§7.6): how a session was authorized.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIAuthMethod: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `AUTH_REQUEST`: the eMSP was asked in real time.
    static let authRequest = Self(rawValue: "AUTH_REQUEST")
    /// `COMMAND`: started by StartSession or ReserveNow.
    static let command = Self(rawValue: "COMMAND")
    /// `WHITELIST`: decided from the local token list.
    static let whitelist = Self(rawValue: "WHITELIST")

    /// Every value this build knows.
    static let knownValues: [Self] = [.authRequest, .command, .whitelist]
}
