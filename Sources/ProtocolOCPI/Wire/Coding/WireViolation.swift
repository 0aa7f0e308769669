/// One rule of the OCPI 2.2.1 wire format that an object breaks and that decoding cannot catch:
/// a string longer than its limit (§1.5), an empty list that must have entries, a malformed
/// country code, party id, coordinate or time. The server answers OCPI 2001 with them.
struct WireViolation: Hashable, Sendable, CustomStringConvertible {
    /// JSON path of the field at fault, e.g. `evses[0].connectors[1].id`.
    var path: String
    /// What is wrong, for a person.
    var reason: String

    /// `path: reason`.
    var description: String { "\(path): \(reason)" }
}
