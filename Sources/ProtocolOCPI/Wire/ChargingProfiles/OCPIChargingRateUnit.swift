import PlatformCore

/// OCPI `ChargingRateUnit` (§12.5): the unit of charging profile limits.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIChargingRateUnit: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `W`: watts, total power.
    static let watts = Self(rawValue: "W")
    /// `A`: amperes per phase.
    static let amperes = Self(rawValue: "A")

    /// Every value this build knows.
    static let knownValues: [Self] = [.watts, .amperes]
}
