public import Foundation

/// A planned status of an EVSE, e.g. a maintenance window or its commissioning (informational).
public struct StatusSchedule: Sendable, Hashable, Codable {
    /// When the status begins (UTC).
    public var periodBegin: Date
    /// When it ends; `nil` for open-ended.
    public var periodEnd: Date?
    /// The planned status.
    public var status: EVSEStatus

    /// Creates a scheduled status.
    public init(periodBegin: Date, periodEnd: Date? = nil, status: EVSEStatus) {
        self.periodBegin = periodBegin
        self.periodEnd = periodEnd
        self.status = status
    }
}
