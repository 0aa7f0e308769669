import PlatformCore

/// OCPI `TariffDimensionType` (§9.4): the dimension a price component prices.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPITariffDimensionType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `ENERGY`: per kWh; step unit 1 Wh.
    static let energy = Self(rawValue: "ENERGY")
    /// `FLAT`: fixed fee per session.
    static let flat = Self(rawValue: "FLAT")
    /// `PARKING_TIME`: per hour not charging; step unit 1 s.
    static let parkingTime = Self(rawValue: "PARKING_TIME")
    /// `TIME`: per hour charging; step unit 1 s.
    static let time = Self(rawValue: "TIME")

    /// Every value this build knows.
    static let knownValues: [Self] = [.energy, .flat, .parkingTime, .time]
}
