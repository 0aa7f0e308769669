/// The `protocols.ocpi` block of the config:
///
/// ```yaml
/// protocols:
///   ocpi:
///     enabled: true
///     versions: ["2.2.1"]   # optional; the versions offered to partners
/// ```
struct OCPISettings: Decodable, Sendable {
    /// Versions this build can speak.
    static let supportedVersions = ["2.2.1"]

    var versions: [String]?

    /// The versions to offer.
    var offeredVersions: [String] { versions ?? Self.supportedVersions }

    func problems() -> [(key: String, reason: String)] {
        let unsupported = offeredVersions.filter { !Self.supportedVersions.contains($0) }
        var problems: [(key: String, reason: String)] = []
        if !unsupported.isEmpty {
            problems.append(
                (
                    key: "versions",
                    reason: "unsupported OCPI version(s) \(unsupported.joined(separator: ", ")); this build speaks "
                        + Self.supportedVersions.joined(separator: ", ")
                ))
        }
        if offeredVersions.isEmpty { problems.append((key: "versions", reason: "offer at least one version")) }
        return problems
    }
}
