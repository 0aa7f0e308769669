/// One opening period on one weekday, in the location's local time.
public struct RegularHours: Sendable, Hashable, Codable {
    /// Day of the week, 1 = Monday ... 7 = Sunday.
    public var weekday: Int
    /// Opening time `hh:mm` (24 h, leading zeros).
    public var periodBegin: String
    /// Closing time `hh:mm`, later than ``periodBegin``.
    public var periodEnd: String

    /// Creates a regular opening period.
    public init(weekday: Int, periodBegin: String, periodEnd: String) {
        self.weekday = weekday
        self.periodBegin = periodBegin
        self.periodEnd = periodEnd
    }
}
