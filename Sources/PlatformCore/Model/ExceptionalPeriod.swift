public import Foundation

/// A one-off period in which a location is open or closed against its regular hours.
public struct ExceptionalPeriod: Sendable, Hashable, Codable {
    /// Start of the period (UTC).
    public var periodBegin: Date
    /// End of the period (UTC).
    public var periodEnd: Date

    /// Creates an exceptional period.
    public init(periodBegin: Date, periodEnd: Date) {
        self.periodBegin = periodBegin
        self.periodEnd = periodEnd
    }
}
