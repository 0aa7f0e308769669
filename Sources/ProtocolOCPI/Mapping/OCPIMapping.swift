import Foundation
import PlatformCore

/// Helpers shared by the wire ↔ domain translations.
enum OCPIMapping {
    /// Runs `body`, prefixing the path of an ``OCPIMappingError`` it throws with `field`.
    static func within<Result>(_ field: String, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as OCPIMappingError {
            throw OCPIMappingError(path: error.path.isEmpty ? field : "\(field).\(error.path)", reason: error.reason)
        }
    }

    /// Maps every element of an OCPI list (absent = empty), naming `field[index]` in errors.
    static func map<Element, Result>(
        _ list: [Element]?, _ field: String, _ transform: (Element) throws -> Result
    ) throws -> [Result] {
        try (list ?? []).enumerated().map { index, element in
            try within("\(field)[\(index)]") { try transform(element) }
        }
    }

    /// An OCPI `*` list from a domain list: omitted when empty.
    static func list<Element>(_ values: [Element]) -> [Element]? {
        values.isEmpty ? nil : values
    }

    /// The owning party of a wire object from its `country_code` and `party_id`.
    static func party(countryCode: String, partyID: String) throws -> PartyID {
        do {
            return try PartyID(countryCode: countryCode, partyID: partyID)
        } catch {
            let countryIsValid = countryCode.count == 2 && countryCode.allSatisfy { $0.isASCII && $0.isLetter }
            throw OCPIMappingError(path: countryIsValid ? "party_id" : "country_code", reason: error.reason)
        }
    }

    /// A coordinate as OCPI writes it: at most 7 decimals (rounded), at least 5 (zero-padded).
    static func coordinate(_ value: Decimal) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 7, .plain)
        let parts = rounded.description.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return "\(parts[0])." + fraction + String(repeating: "0", count: max(0, 5 - fraction.count))
    }

    /// A coordinate string read exactly; throws for anything but a plain decimal number.
    static func coordinate(_ text: String, _ field: String) throws -> Decimal {
        guard text.wholeMatch(of: #/-?[0-9]+(\.[0-9]+)?/#) != nil,
            let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        else {
            throw OCPIMappingError(path: field, reason: "'\(text)' is not a decimal coordinate")
        }
        return value
    }
}

extension OCPIEnum {
    /// The wire value with the same name as a domain value.
    init<Value: RawRepresentable>(domain value: Value) where Value.RawValue == String {
        self.init(rawValue: value.rawValue)
    }

    /// The domain value with the same name; unknown values survive into extensible domain
    /// types and throw for closed domain enums.
    func domain<Value: RawRepresentable>(_ field: String) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: rawValue) else {
            throw OCPIMappingError(path: field, reason: "'\(rawValue)' is not a value Roamwire can store")
        }
        return value
    }
}
