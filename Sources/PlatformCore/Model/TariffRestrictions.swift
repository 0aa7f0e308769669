public import Foundation

/// Conditions under which a tariff element applies; all set fields must hold. Times and dates
/// are local to the location's time zone.
public struct TariffRestrictions: Sendable, Hashable, Codable {
    /// Local time `hh:mm` from which the element applies (inclusive).
    public var startTime: String?
    /// Local time `hh:mm` until which it applies (exclusive; wraps past midnight if earlier).
    public var endTime: String?
    /// Local date `YYYY-MM-DD` from which it applies (inclusive).
    public var startDate: String?
    /// Local date `YYYY-MM-DD` until which it applies (exclusive).
    public var endDate: String?
    /// Applies once the session's energy reaches this many kWh.
    public var minKwh: Decimal?
    /// Applies while the session's energy is below this many kWh.
    public var maxKwh: Decimal?
    /// Applies while the current (sum over phases, A) is at least this.
    public var minCurrent: Decimal?
    /// Applies while the current (A) is below this.
    public var maxCurrent: Decimal?
    /// Applies while the power (kW) is at least this.
    public var minPower: Decimal?
    /// Applies while the power (kW) is below this.
    public var maxPower: Decimal?
    /// Applies once the session has lasted this many seconds.
    public var minDuration: Int?
    /// Applies while the session has lasted less than this many seconds.
    public var maxDuration: Int?
    /// Local weekdays on which it applies; empty for every day.
    public var dayOfWeek: [DayOfWeek]
    /// Prices a reservation or an expired reservation instead of charging.
    public var reservation: ReservationRestrictionType?

    /// Creates restrictions.
    public init(
        startTime: String? = nil,
        endTime: String? = nil,
        startDate: String? = nil,
        endDate: String? = nil,
        minKwh: Decimal? = nil,
        maxKwh: Decimal? = nil,
        minCurrent: Decimal? = nil,
        maxCurrent: Decimal? = nil,
        minPower: Decimal? = nil,
        maxPower: Decimal? = nil,
        minDuration: Int? = nil,
        maxDuration: Int? = nil,
        dayOfWeek: [DayOfWeek] = [],
        reservation: ReservationRestrictionType? = nil
    ) {
        self.startTime = startTime
        self.endTime = endTime
        self.startDate = startDate
        self.endDate = endDate
        self.minKwh = minKwh
        self.maxKwh = maxKwh
        self.minCurrent = minCurrent
        self.maxCurrent = maxCurrent
        self.minPower = minPower
        self.maxPower = maxPower
        self.minDuration = minDuration
        self.maxDuration = maxDuration
        self.dayOfWeek = dayOfWeek
        self.reservation = reservation
    }
}
