import PlatformCore

/// OCPI `TokenType` (§10.5): the kind of a token.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPITokenType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `AD_HOC_USER`.
    static let adHocUser = Self(rawValue: "AD_HOC_USER")
    /// `APP_USER`.
    static let appUser = Self(rawValue: "APP_USER")
    /// `OTHER`.
    static let other = Self(rawValue: "OTHER")
    /// `RFID`.
    static let rfid = Self(rawValue: "RFID")

    /// Every value this build knows.
    static let knownValues: [Self] = [.adHocUser, .appUser, .other, .rfid]
}
