import PlatformCore

/// OCPI `AllowedType` (§10.5): the verdict of a real-time authorization.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIAllowedType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `ALLOWED`.
    static let allowed = Self(rawValue: "ALLOWED")
    /// `BLOCKED`.
    static let blocked = Self(rawValue: "BLOCKED")
    /// `EXPIRED`.
    static let expired = Self(rawValue: "EXPIRED")
    /// `NO_CREDIT`.
    static let noCredit = Self(rawValue: "NO_CREDIT")
    /// `NOT_ALLOWED`: valid, but not at this location.
    static let notAllowed = Self(rawValue: "NOT_ALLOWED")

    /// Every value this build knows.
    static let knownValues: [Self] = [.allowed, .blocked, .expired, .noCredit, .notAllowed]
}
