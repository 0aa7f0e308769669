/// A day of the week.
public enum DayOfWeek: String, Sendable, Hashable, Codable, CaseIterable {
    /// Monday.
    case monday = "MONDAY"
    /// Tuesday.
    case tuesday = "TUESDAY"
    /// Wednesday.
    case wednesday = "WEDNESDAY"
    /// Thursday.
    case thursday = "THURSDAY"
    /// Friday.
    case friday = "FRIDAY"
    /// Saturday.
    case saturday = "SATURDAY"
    /// Sunday.
    case sunday = "SUNDAY"
}
