public import Foundation

/// Waste or emissions caused per kWh delivered.
public struct EnvironmentalImpact: Sendable, Hashable, Codable {
    /// What is emitted.
    public var category: EnvironmentalImpactCategory
    /// Amount in g/kWh.
    public var amount: Decimal

    /// Creates an impact figure.
    public init(category: EnvironmentalImpactCategory, amount: Decimal) {
        self.category = category
        self.amount = amount
    }
}
