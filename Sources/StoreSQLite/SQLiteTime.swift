import Foundation

/// How the store writes time: whole milliseconds since 1970-01-01T00:00:00Z in an INTEGER
/// column, which sorts and compares correctly and matches the millisecond precision of the
/// RFC 3339 timestamps the protocols exchange.
enum SQLiteTime {
    /// `date` in stored form, rounded down to the millisecond.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// The date of a stored value.
    static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// `duration` in whole milliseconds, rounded down.
    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    /// `duration` in seconds.
    static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
