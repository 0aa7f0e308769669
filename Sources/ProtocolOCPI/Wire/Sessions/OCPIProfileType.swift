import PlatformCore

/// OCPI `ProfileType` (§7.6): a driver's charging preference.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIProfileType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `CHEAP`.
    static let cheap = Self(rawValue: "CHEAP")
    /// `FAST`.
    static let fast = Self(rawValue: "FAST")
    /// `GREEN`.
    static let green = Self(rawValue: "GREEN")
    /// `REGULAR`.
    static let regular = Self(rawValue: "REGULAR")

    /// Every value this build knows.
    static let knownValues: [Self] = [.cheap, .fast, .green, .regular]
}
