/// The unit of charging profile limits.
public enum ChargingRateUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// Watts, total power (convenient for DC).
    case watts = "W"
    /// Amperes per phase (convenient for AC).
    case amperes = "A"
}
