import PlatformCore

/// TariffRestrictions ↔ domain ``TariffRestrictions``.
extension OCPITariffRestrictions {
    /// The wire form of domain restrictions.
    init(domain restrictions: TariffRestrictions) {
        self.init(
            startTime: restrictions.startTime, endTime: restrictions.endTime, startDate: restrictions.startDate,
            endDate: restrictions.endDate, minKwh: restrictions.minKwh, maxKwh: restrictions.maxKwh,
            minCurrent: restrictions.minCurrent, maxCurrent: restrictions.maxCurrent, minPower: restrictions.minPower,
            maxPower: restrictions.maxPower, minDuration: restrictions.minDuration,
            maxDuration: restrictions.maxDuration,
            dayOfWeek: OCPIMapping.list(restrictions.dayOfWeek.map(OCPIDayOfWeek.init(domain:))),
            reservation: restrictions.reservation.map(OCPIReservationRestrictionType.init(domain:)))
    }

    /// The domain restrictions.
    /// - Throws: ``OCPIMappingError`` for a weekday or reservation type the domain does not know.
    func domain() throws -> TariffRestrictions {
        TariffRestrictions(
            startTime: startTime, endTime: endTime, startDate: startDate, endDate: endDate, minKwh: minKwh,
            maxKwh: maxKwh, minCurrent: minCurrent, maxCurrent: maxCurrent, minPower: minPower, maxPower: maxPower,
            minDuration: minDuration, maxDuration: maxDuration,
            dayOfWeek: try OCPIMapping.map(dayOfWeek, "day_of_week") { try $0.domain("") },
            reservation: try reservation.map { try $0.domain("reservation") })
    }
}
