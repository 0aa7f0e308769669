/// The dimension a price component prices.
public enum TariffDimensionType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Per kWh; step unit 1 Wh.
    case energy = "ENERGY"
    /// Fixed fee per session; no step unit.
    case flat = "FLAT"
    /// Per hour not charging; step unit 1 s.
    case parkingTime = "PARKING_TIME"
    /// Per hour charging (or reserved, with a reservation restriction); step unit 1 s.
    case time = "TIME"
}
