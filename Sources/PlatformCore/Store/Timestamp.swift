public import Foundation

/// RFC 3339 timestamps as roaming protocols use them: written in UTC with millisecond
/// precision, read with or without fractional seconds and with any offset.
public enum Timestamp {
    /// Formats a date as `2026-11-25T15:13:05.123Z`.
    public static func format(_ date: Date) -> String {
        date.formatted(withFractions)
    }

    /// Parses `2026-11-25T15:13:05Z`, `2026-11-25T15:13:05.123Z` or `2026-11-25T16:13:05+01:00`;
    /// a timestamp without a zone designator is UTC, as OCPI 2.2.1 says. `nil` for anything else.
    public static func parse(_ text: String) -> Date? {
        for candidate in [text, text + "Z"] {
            if let date = try? withFractions.parse(candidate) { return date }
            if let date = try? withoutFractions.parse(candidate) { return date }
        }
        return nil
    }

    private static let withFractions = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
    private static let withoutFractions = Date.ISO8601FormatStyle(timeZone: .gmt)
}
