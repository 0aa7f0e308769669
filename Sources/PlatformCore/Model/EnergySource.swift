public import Foundation

/// The share of one source category in an energy mix.
public struct EnergySource: Sendable, Hashable, Codable {
    /// The source category.
    public var source: EnergySourceCategory
    /// Share in percent, 0 ... 100.
    public var percentage: Decimal

    /// Creates a share.
    public init(source: EnergySourceCategory, percentage: Decimal) {
        self.source = source
        self.percentage = percentage
    }
}
