/// OCPI `Hours` (§14.3): when a location's EVSEs can be reached.
struct OCPIHours: OCPIWireObject {
    /// Open around the clock (exceptional closings still apply).
    var twentyfourseven: Bool
    /// Weekly hours; only, and then at least one, when ``twentyfourseven`` is false.
    var regularHours: [OCPIRegularHours]?
    /// Extra open periods.
    var exceptionalOpenings: [OCPIExceptionalPeriod]?
    /// Closed periods; they override the others.
    var exceptionalClosings: [OCPIExceptionalPeriod]?

    enum CodingKeys: String, CodingKey {
        case twentyfourseven
        case regularHours = "regular_hours"
        case exceptionalOpenings = "exceptional_openings"
        case exceptionalClosings = "exceptional_closings"
    }

    func validate(into validator: inout OCPIValidator) {
        if !twentyfourseven && (regularHours ?? []).isEmpty {
            validator.report("regular_hours", "must contain at least one entry when twentyfourseven is false")
        }
        validator.each(regularHours, "regular_hours")
        validator.each(exceptionalOpenings, "exceptional_openings")
        validator.each(exceptionalClosings, "exceptional_closings")
    }
}
