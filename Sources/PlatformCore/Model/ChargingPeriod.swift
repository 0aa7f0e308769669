public import Foundation

/// A stretch of a session with constant pricing conditions; it lasts until the next period
/// starts (the last one until the session ends).
public struct ChargingPeriod: Sendable, Hashable, Codable {
    /// When the period starts.
    public var startDateTime: Date
    /// The quantities measured in the period; at least one.
    public var dimensions: [CDRDimension]
    /// The tariff in force, if one is relevant.
    public var tariffID: String?

    /// Creates a charging period.
    public init(startDateTime: Date, dimensions: [CDRDimension], tariffID: String? = nil) {
        self.startDateTime = startDateTime
        self.dimensions = dimensions
        self.tariffID = tariffID
    }
}
