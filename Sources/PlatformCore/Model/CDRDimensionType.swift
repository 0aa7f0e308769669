/// What a measured quantity of a charging period is.
public enum CDRDimensionType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Average current, A (sessions only).
    case current = "CURRENT"
    /// Energy in the period, kWh.
    case energy = "ENERGY"
    /// Energy fed back to the grid, kWh (sessions only).
    case energyExport = "ENERGY_EXPORT"
    /// Energy charged, kWh (sessions only).
    case energyImport = "ENERGY_IMPORT"
    /// Maximum current, A.
    case maxCurrent = "MAX_CURRENT"
    /// Minimum current, A.
    case minCurrent = "MIN_CURRENT"
    /// Maximum power, kW.
    case maxPower = "MAX_POWER"
    /// Minimum power, kW.
    case minPower = "MIN_POWER"
    /// Time the vehicle was not requesting power, hours.
    case parkingTime = "PARKING_TIME"
    /// Average power, kW (sessions only).
    case power = "POWER"
    /// Time reserved but not yet used, hours.
    case reservationTime = "RESERVATION_TIME"
    /// State of charge, percent (sessions only).
    case stateOfCharge = "STATE_OF_CHARGE"
    /// Time charging, hours.
    case time = "TIME"
}
