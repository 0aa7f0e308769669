import PlatformCore

/// OCPI `WhitelistType` (§10.5): how a CPO may authorize a token.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIWhitelistType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `ALWAYS`: decide from the local copy; never ask.
    static let always = Self(rawValue: "ALWAYS")
    /// `ALLOWED`: decide locally or ask, as the CPO chooses.
    static let allowed = Self(rawValue: "ALLOWED")
    /// `ALLOWED_OFFLINE`: ask; allow if the eMSP cannot be reached.
    static let allowedOffline = Self(rawValue: "ALLOWED_OFFLINE")
    /// `NEVER`: always ask the eMSP.
    static let never = Self(rawValue: "NEVER")

    /// Every value this build knows.
    static let knownValues: [Self] = [.always, .allowed, .allowedOffline, .never]
}
