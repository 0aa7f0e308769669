import PlatformCore

/// Hours ↔ domain ``OpeningHours``.
extension OCPIHours {
    /// The wire form of domain opening hours.
    init(domain hours: OpeningHours) {
        self.init(
            twentyfourseven: hours.twentyFourSeven,
            regularHours: OCPIMapping.list(
                hours.regularHours.map {
                    OCPIRegularHours(weekday: $0.weekday, periodBegin: $0.periodBegin, periodEnd: $0.periodEnd)
                }),
            exceptionalOpenings: OCPIMapping.list(hours.exceptionalOpenings.map(OCPIExceptionalPeriod.init(domain:))),
            exceptionalClosings: OCPIMapping.list(hours.exceptionalClosings.map(OCPIExceptionalPeriod.init(domain:))))
    }

    /// The domain opening hours.
    func domain() -> OpeningHours {
        OpeningHours(
            twentyFourSeven: twentyfourseven,
            regularHours: (regularHours ?? []).map {
                RegularHours(weekday: $0.weekday, periodBegin: $0.periodBegin, periodEnd: $0.periodEnd)
            },
            exceptionalOpenings: (exceptionalOpenings ?? []).map { $0.domain() },
            exceptionalClosings: (exceptionalClosings ?? []).map { $0.domain() })
    }
}

/// ExceptionalPeriod ↔ domain ``ExceptionalPeriod``.
extension OCPIExceptionalPeriod {
    /// The wire form of a domain period.
    init(domain period: ExceptionalPeriod) {
        self.init(periodBegin: period.periodBegin, periodEnd: period.periodEnd)
    }

    /// The domain period.
    func domain() -> ExceptionalPeriod {
        ExceptionalPeriod(periodBegin: periodBegin, periodEnd: periodEnd)
    }
}
