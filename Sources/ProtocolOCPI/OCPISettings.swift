import Foundation

/// The `protocols.ocpi` block of the config:
///
/// ```yaml
/// protocols:
///   ocpi:
///     enabled: true
///     versions: ["2.2.1"]        # optional; the versions offered to partners
///     ca_bundle: /etc/roamwire/partners-ca.pem   # optional; extra CAs trusted for partners' HTTPS
///     timeout_ms: 15000          # optional; per call to a partner
///     attempts: 3                # optional; tries per call (retried on network errors and 5xx)
///     max_page_size: 100         # optional; the most objects we return per page (X-Limit)
/// ```
struct OCPISettings: Decodable, Sendable {
    /// Versions this build can speak.
    static let supportedVersions = [PartnerAPI.supportedVersion]

    var versions: [String]?
    var caBundle: String?
    var timeoutMilliseconds: Int?
    var attempts: Int?
    var maxPageSize: Int?

    enum CodingKeys: String, CodingKey {
        case versions
        case caBundle = "ca_bundle"
        case timeoutMilliseconds = "timeout_ms"
        case attempts
        case maxPageSize = "max_page_size"
    }

    /// The versions to offer.
    var offeredVersions: [String] { versions ?? Self.supportedVersions }

    /// Outbound call policy.
    var clientPolicy: OCPIClient.Policy {
        var policy = OCPIClient.Policy()
        if let timeoutMilliseconds { policy.timeout = .milliseconds(timeoutMilliseconds) }
        if let attempts { policy.attempts = attempts }
        return policy
    }

    var pageSize: Int { maxPageSize ?? 100 }

    func problems() -> [(key: String, reason: String)] {
        var problems: [(key: String, reason: String)] = []
        let unsupported = offeredVersions.filter { !Self.supportedVersions.contains($0) }
        if !unsupported.isEmpty {
            problems.append(
                (
                    key: "versions",
                    reason: "unsupported OCPI version(s) \(unsupported.joined(separator: ", ")); this build speaks "
                        + Self.supportedVersions.joined(separator: ", ")
                ))
        }
        if offeredVersions.isEmpty { problems.append((key: "versions", reason: "offer at least one version")) }
        if let caBundle, !FileManager.default.isReadableFile(atPath: caBundle) {
            problems.append((key: "ca_bundle", reason: "cannot read file '\(caBundle)'"))
        }
        if let timeoutMilliseconds, !(100...120_000).contains(timeoutMilliseconds) {
            problems.append((key: "timeout_ms", reason: "must be between 100 and 120000"))
        }
        if let attempts, !(1...10).contains(attempts) {
            problems.append((key: "attempts", reason: "must be between 1 and 10"))
        }
        if let maxPageSize, !(1...1000).contains(maxPageSize) {
            problems.append((key: "max_page_size", reason: "must be between 1 and 1000"))
        }
        return problems
    }
}
