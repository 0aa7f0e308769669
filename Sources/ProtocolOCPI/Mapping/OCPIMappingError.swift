/// Why a wire object cannot become a domain value: a field holds something the domain model
/// cannot represent (an unknown value of a closed domain enum, a malformed party or coordinate).
/// The adapter answers OCPI 2001 with it.
struct OCPIMappingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// JSON path of the field at fault, e.g. `evses[0].connectors[1].power_type`.
    var path: String
    /// What is wrong, for a person.
    var reason: String

    /// `path: reason`.
    var description: String { "\(path): \(reason)" }
}
