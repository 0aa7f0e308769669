import PlatformCore

/// OCPI `DayOfWeek` (§9.4): a day of the week.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIDayOfWeek: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `MONDAY`.
    static let monday = Self(rawValue: "MONDAY")
    /// `TUESDAY`.
    static let tuesday = Self(rawValue: "TUESDAY")
    /// `WEDNESDAY`.
    static let wednesday = Self(rawValue: "WEDNESDAY")
    /// `THURSDAY`.
    static let thursday = Self(rawValue: "THURSDAY")
    /// `FRIDAY`.
    static let friday = Self(rawValue: "FRIDAY")
    /// `SATURDAY`.
    static let saturday = Self(rawValue: "SATURDAY")
    /// `SUNDAY`.
    static let sunday = Self(rawValue: "SUNDAY")

    /// Every value this build knows.
    static let knownValues: [Self] = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday]
}
