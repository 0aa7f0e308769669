import Foundation

/// Field formats shared by several objects: the shapes OCPI 2.2.1 prescribes by regular
/// expression, IANA time zones and the `last_updated` every PATCH needs.
extension OCPIValidator {
    /// GeoLocation `latitude`: `-?[0-9]{1,2}\.[0-9]{5,7}` (§14.1).
    mutating func latitude(_ value: String, _ field: String = "latitude") {
        matches(value, field, #/-?[0-9]{1,2}\.[0-9]{5,7}/#, expected: "51.047599 (5 to 7 decimals)")
    }

    /// GeoLocation `longitude`: `-?[0-9]{1,3}\.[0-9]{5,7}` (§14.1).
    mutating func longitude(_ value: String, _ field: String = "longitude") {
        matches(value, field, #/-?[0-9]{1,3}\.[0-9]{5,7}/#, expected: "3.729944 (5 to 7 decimals)")
    }

    /// A local time `hh:mm` (RegularHours, TariffRestrictions).
    mutating func localTime(_ value: String?, _ field: String) {
        matches(value, field, #/(?:[0-1][0-9]|2[0-3]):[0-5][0-9]/#, expected: "hh:mm")
    }

    /// A local date `YYYY-MM-DD` (TariffRestrictions).
    mutating func localDate(_ value: String?, _ field: String) {
        matches(value, field, #/[12][0-9]{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])/#, expected: "YYYY-MM-DD")
    }

    /// Location `time_zone`: an IANA name such as `Europe/Oslo`, `string(255)`.
    mutating func timeZone(_ value: String?, _ field: String = "time_zone") {
        guard let value else { return }
        string(value, field, max: 255)
        if TimeZone(identifier: value) == nil {
            report(field, "must be an IANA time zone name, got '\(value)'")
        }
    }

    /// `last_updated` of a PATCH body, which OCPI requires (§2.9).
    mutating func lastUpdatedInPatch(_ value: Date?) {
        if value == nil {
            report("last_updated", "is required in a PATCH")
        }
    }
}
