import PlatformCore

/// OCPI `CdrDimensionType` (§8.7): what a measured quantity is.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPICdrDimensionType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `CURRENT`: average current, A (sessions only).
    static let current = Self(rawValue: "CURRENT")
    /// `ENERGY`: energy, kWh.
    static let energy = Self(rawValue: "ENERGY")
    /// `ENERGY_EXPORT`: energy fed back, kWh (sessions only).
    static let energyExport = Self(rawValue: "ENERGY_EXPORT")
    /// `ENERGY_IMPORT`: energy charged, kWh (sessions only).
    static let energyImport = Self(rawValue: "ENERGY_IMPORT")
    /// `MAX_CURRENT`: maximum current, A.
    static let maxCurrent = Self(rawValue: "MAX_CURRENT")
    /// `MIN_CURRENT`: minimum current, A.
    static let minCurrent = Self(rawValue: "MIN_CURRENT")
    /// `MAX_POWER`: maximum power, kW.
    static let maxPower = Self(rawValue: "MAX_POWER")
    /// `MIN_POWER`: minimum power, kW.
    static let minPower = Self(rawValue: "MIN_POWER")
    /// `PARKING_TIME`: time not charging, hours.
    static let parkingTime = Self(rawValue: "PARKING_TIME")
    /// `POWER`: average power, kW (sessions only).
    static let power = Self(rawValue: "POWER")
    /// `RESERVATION_TIME`: time reserved but not used, hours.
    static let reservationTime = Self(rawValue: "RESERVATION_TIME")
    /// `STATE_OF_CHARGE`: state of charge, % (sessions only).
    static let stateOfCharge = Self(rawValue: "STATE_OF_CHARGE")
    /// `TIME`: time charging, hours.
    static let time = Self(rawValue: "TIME")

    /// Every value this build knows.
    static let knownValues: [Self] = [
        .current, .energy, .energyExport, .energyImport, .maxCurrent, .minCurrent, .maxPower, .minPower, .parkingTime,
        .power, .reservationTime, .stateOfCharge, .time,
    ]
}
