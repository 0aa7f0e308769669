/// Collects ``WireViolation``s while an ``OCPIWireObject`` checks its fields; nested objects
/// are checked under their field's path. Limits are those of OCPI 2.2.1 §1.5 with the
/// post-d2 errata (Location `address` 255, `state` 45, SignedValue `plain_data` 5000).
struct OCPIValidator {
    /// What was found so far.
    private(set) var violations: [WireViolation] = []
    private var prefix = ""

    /// Records a violation of `field`.
    mutating func report(_ field: String, _ reason: String) {
        violations.append(WireViolation(path: path(field), reason: reason))
    }

    /// A `CiString(max)`: at most `max` printable ASCII characters.
    mutating func ciString(_ value: String?, _ field: String, max: Int) {
        guard let value else { return }
        length(value, field, max: max)
        if !value.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) {
            report(field, "must be printable ASCII")
        }
    }

    /// A `string(max)`: at most `max` characters, no control characters.
    mutating func string(_ value: String?, _ field: String, max: Int) {
        guard let value else { return }
        length(value, field, max: max)
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            report(field, "must not contain control characters")
        }
    }

    /// A `URL`: a `string(255)`.
    mutating func url(_ value: String?, _ field: String) {
        string(value, field, max: 255)
    }

    /// An ISO 3166-1 alpha-2 country code of a party: two ASCII letters.
    mutating func countryCode(_ value: String?, _ field: String = "country_code") {
        guard let value else { return }
        if !(value.count == 2 && value.allSatisfy { $0.isASCII && $0.isLetter }) {
            report(field, "must be two letters (ISO 3166-1 alpha-2), got '\(value)'")
        }
    }

    /// A party id: three ASCII letters or digits.
    mutating func partyID(_ value: String?, _ field: String = "party_id") {
        guard let value else { return }
        if !(value.count == 3 && value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            report(field, "must be three letters or digits, got '\(value)'")
        }
    }

    /// Three ASCII letters: an ISO 3166-1 alpha-3 country or an ISO 4217 currency.
    mutating func threeLetterCode(_ value: String?, _ field: String) {
        guard let value else { return }
        if !(value.count == 3 && value.allSatisfy { $0.isASCII && $0.isLetter }) {
            report(field, "must be three letters, got '\(value)'")
        }
    }

    /// An ISO 639-1 language code: two ASCII letters.
    mutating func language(_ value: String?, _ field: String) {
        guard let value else { return }
        if !(value.count == 2 && value.allSatisfy { $0.isASCII && $0.isLetter }) {
            report(field, "must be two letters (ISO 639-1), got '\(value)'")
        }
    }

    /// A string that must match `pattern` entirely; `expected` describes the form.
    mutating func matches(_ value: String?, _ field: String, _ pattern: Regex<Substring>, expected: String) {
        guard let value else { return }
        if value.wholeMatch(of: pattern) == nil {
            report(field, "must look like \(expected), got '\(value)'")
        }
    }

    /// An integer of at most `digits` digits (`int(n)`).
    mutating func digits(_ value: Int?, _ field: String, max digits: Int) {
        guard let value else { return }
        if String(value.magnitude).count > digits {
            report(field, "must have at most \(digits) digits, got \(value)")
        }
    }

    /// A list of cardinality `+`: at least one entry.
    mutating func nonEmpty(_ count: Int, _ field: String) {
        if count == 0 {
            report(field, "must contain at least one entry")
        }
    }

    /// A list whose entries must be distinct under `key`.
    mutating func unique<Element>(_ values: [Element]?, _ field: String, by key: (Element) -> String) {
        var seen: Set<String> = []
        for (index, value) in (values ?? []).enumerated() where !seen.insert(key(value)).inserted {
            report("\(field)[\(index)]", "duplicates '\(key(value))'")
        }
    }

    /// A list of `CiString(max)` values.
    mutating func ciStrings(_ values: [String]?, _ field: String, max: Int) {
        for (index, value) in (values ?? []).enumerated() {
            ciString(value, "\(field)[\(index)]", max: max)
        }
    }

    /// A nested object, checked under `field`.
    mutating func nested(_ value: (some OCPIWireObject)?, _ field: String) {
        guard let value else { return }
        let saved = prefix
        prefix = path(field)
        value.validate(into: &self)
        prefix = saved
    }

    /// A list of nested objects, each checked under `field[index]`.
    mutating func each(_ values: [some OCPIWireObject]?, _ field: String) {
        for (index, value) in (values ?? []).enumerated() {
            nested(value, "\(field)[\(index)]")
        }
    }

    private mutating func length(_ value: String, _ field: String, max: Int) {
        let count = value.unicodeScalars.count
        if count > max {
            report(field, "is \(count) characters long, at most \(max) allowed")
        }
    }

    private func path(_ field: String) -> String {
        prefix.isEmpty ? field : "\(prefix).\(field)"
    }
}
