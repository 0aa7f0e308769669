/// A string-backed value from a list that partners may extend (connector standards, facilities,
/// capabilities ...): a value this build does not know decodes, is kept and is encoded again
/// unchanged, so one new value never makes a whole document unreadable.
///
/// Conforming types are structs with a `rawValue` and one static member per known value; they
/// read like enums and can be matched in a `switch` (which then needs a `default:`):
///
/// ```swift
/// switch connector.standard {
/// case .iec62196T2: "Type 2"
/// default: connector.standard.rawValue
/// }
/// ```
///
/// Closed sets whose values drive behaviour (EVSE status, session status, command state ...)
/// are plain enums instead.
public protocol ExtensibleEnum: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible
where RawValue == String {
    /// Creates a value from its name, whether this build knows it or not.
    init(rawValue: String)
    /// The values this build knows, in their order of definition.
    static var knownValues: [Self] { get }
}

extension ExtensibleEnum {
    /// Decodes the raw string; never fails on an unknown value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(String.self))
    }

    /// Encodes the raw string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw value.
    public var description: String { rawValue }

    /// Whether this build knows the value (it is one of ``knownValues``).
    public var isKnown: Bool { Self.knownValues.contains(self) }
}
