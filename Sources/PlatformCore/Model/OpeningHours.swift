/// When a location's EVSEs can be reached: always, or regular weekly hours, plus exceptions.
///
/// Local times are interpreted in the location's ``Location/timeZone``.
public struct OpeningHours: Sendable, Hashable, Codable {
    /// Open around the clock (exceptional closings still apply).
    public var twentyFourSeven: Bool
    /// Weekly hours; only used when ``twentyFourSeven`` is false, then at least one entry.
    public var regularHours: [RegularHours]
    /// Extra opening periods (may overlap regular hours).
    public var exceptionalOpenings: [ExceptionalPeriod]
    /// Closed periods; they override regular hours and exceptional openings.
    public var exceptionalClosings: [ExceptionalPeriod]

    /// Creates opening hours.
    public init(
        twentyFourSeven: Bool,
        regularHours: [RegularHours] = [],
        exceptionalOpenings: [ExceptionalPeriod] = [],
        exceptionalClosings: [ExceptionalPeriod] = []
    ) {
        self.twentyFourSeven = twentyFourSeven
        self.regularHours = regularHours
        self.exceptionalOpenings = exceptionalOpenings
        self.exceptionalClosings = exceptionalClosings
    }
}

/// The OCPI name of ``OpeningHours``.
public typealias Hours = OpeningHours
