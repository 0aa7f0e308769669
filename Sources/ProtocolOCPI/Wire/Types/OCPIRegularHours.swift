/// OCPI `RegularHours` (§14.3): one opening period on one weekday, in local time.
struct OCPIRegularHours: OCPIWireObject {
    /// 1 = Monday ... 7 = Sunday.
    var weekday: Int
    /// Opening time `hh:mm`.
    var periodBegin: String
    /// Closing time `hh:mm`.
    var periodEnd: String

    enum CodingKeys: String, CodingKey {
        case weekday
        case periodBegin = "period_begin"
        case periodEnd = "period_end"
    }

    func validate(into validator: inout OCPIValidator) {
        if !(1...7).contains(weekday) {
            validator.report("weekday", "must be 1 (Monday) to 7 (Sunday), got \(weekday)")
        }
        validator.localTime(periodBegin, "period_begin")
        validator.localTime(periodEnd, "period_end")
    }
}
