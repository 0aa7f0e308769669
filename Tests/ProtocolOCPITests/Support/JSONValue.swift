import Foundation
import PlatformCore

/// A parsed JSON tree whose numbers are `Decimal`, for comparing documents by meaning rather
/// than by bytes.
enum JSONValue: Codable, Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses `data` (numbers kept exactly).
    init(parsing data: Data) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: data)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Decimal.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The serialized form.
    func data() throws -> Data {
        try JSONEncoder().encode(self)
    }

    /// The member `key` of an object.
    subscript(key: String) -> JSONValue? {
        get {
            guard case .object(let members) = self else { return nil }
            return members[key]
        }
        set {
            guard case .object(var members) = self else { return }
            members[key] = newValue
            self = .object(members)
        }
    }

    /// Element `index` of an array.
    subscript(index: Int) -> JSONValue? {
        get {
            guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
            return elements[index]
        }
        set {
            guard case .array(var elements) = self, elements.indices.contains(index), let newValue else { return }
            elements[index] = newValue
            self = .array(elements)
        }
    }

    /// Where `self` and `other` differ in meaning, as `path: what` lines; empty when equal.
    ///
    /// Objects are compared key by key, with an absent member, `null` and `[]` all meaning
    /// "empty" (OCPI §0: optional fields and `*` lists); numbers as decimals; strings that are
    /// both OCPI DateTimes as instants (to the millisecond).
    func differences(from other: JSONValue, at path: String = "$") -> [String] {
        switch (self, other) {
        case (.object(let lhs), .object(let rhs)):
            return Set(lhs.keys).union(rhs.keys).sorted().flatMap { key -> [String] in
                let left = lhs[key] ?? .null
                let right = rhs[key] ?? .null
                if left.isEmpty && right.isEmpty { return [] }
                return left.differences(from: right, at: "\(path).\(key)")
            }
        case (.array(let lhs), .array(let rhs)):
            guard lhs.count == rhs.count else { return ["\(path): \(lhs.count) elements vs \(rhs.count)"] }
            return zip(lhs, rhs).enumerated().flatMap { index, pair in
                pair.0.differences(from: pair.1, at: "\(path)[\(index)]")
            }
        case (.string(let lhs), .string(let rhs)):
            if lhs == rhs { return [] }
            if let left = Self.instant(lhs), let right = Self.instant(rhs), left == right { return [] }
            return ["\(path): \"\(lhs)\" vs \"\(rhs)\""]
        default:
            return self == other ? [] : ["\(path): \(self) vs \(other)"]
        }
    }

    private var isEmpty: Bool {
        switch self {
        case .null: true
        case .array(let elements): elements.isEmpty
        default: false
        }
    }

    /// Milliseconds since 1970 of a string shaped like an OCPI DateTime.
    private static func instant(_ text: String) -> Int64? {
        guard text.wholeMatch(of: #/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(?:Z|[+-][0-9:]+)?/#) != nil,
            let date = Timestamp.parse(text)
        else { return nil }
        return Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
