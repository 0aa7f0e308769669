public import Foundation

/// One measured quantity of a charging period.
public struct CDRDimension: Sendable, Hashable, Codable {
    /// What is measured.
    public var type: CDRDimensionType
    /// The amount, in the unit of ``type`` (kWh, hours, A, kW or %).
    public var volume: Decimal

    /// Creates a dimension.
    public init(type: CDRDimensionType, volume: Decimal) {
        self.type = type
        self.volume = volume
    }
}
