public import Foundation

/// One step of a charging profile: a limit from a moment on, until the next period starts.
public struct ChargingProfilePeriod: Sendable, Hashable, Codable {
    /// Seconds from the profile's start.
    public var startPeriod: Int
    /// Maximum rate in the profile's unit (at most one decimal).
    public var limit: Decimal

    /// Creates a profile period.
    public init(startPeriod: Int, limit: Decimal) {
        self.startPeriod = startPeriod
        self.limit = limit
    }
}
