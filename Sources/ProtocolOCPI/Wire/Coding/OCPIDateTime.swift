import Foundation
import PlatformCore

/// OCPI `DateTime` text (§1.2), for bodies (through ``OCPICoding``) and for query parameters
/// such as `date_from`.
enum OCPIDateTime {
    /// Formats a date in UTC: `2015-06-29T20:39:09Z` when its milliseconds are zero,
    /// `2015-06-29T20:39:09.120Z` otherwise (rounded to the millisecond).
    static func format(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        let seconds = (milliseconds / 1000).rounded(.down)
        let fraction = Int(milliseconds - seconds * 1000)
        let whole = Date(timeIntervalSince1970: seconds).formatted(wholeSeconds)
        guard fraction != 0 else { return whole }
        let digits = String(fraction)
        return whole.dropLast() + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    /// Parses `2015-06-29T20:39:09Z`, `2015-06-29T20:39:09` (UTC), `2016-12-29T17:45:09.2Z`
    /// and, from sloppy peers, `2015-06-29T22:39:09+02:00`; `nil` for anything else.
    static func parse(_ text: String) -> Date? {
        Timestamp.parse(text)
    }

    private static let wholeSeconds = Date.ISO8601FormatStyle(timeZone: .gmt)
}
