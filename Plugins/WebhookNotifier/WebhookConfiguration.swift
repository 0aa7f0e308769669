import Foundation
import PlatformCore

/// The webhook plugin's config block:
///
/// ```yaml
/// plugins:
///   - name: webhook
///     config:
///       url: https://ops.example.com/roamwire-events
///       events: [location.changed, token.changed]   # optional; default: every event
///       authorization: "Bearer ${WEBHOOK_TOKEN}"    # optional Authorization header
///       timeout_ms: 10000                            # optional, default 10 s
/// ```
struct WebhookConfiguration: Decodable, Sendable {
    var url: String
    var events: [String]?
    var authorization: String?
    var timeoutMilliseconds: Int?

    enum CodingKeys: String, CodingKey {
        case url, events, authorization
        case timeoutMilliseconds = "timeout_ms"
    }

    var timeout: Int64 { Int64(timeoutMilliseconds ?? 10_000) }

    /// Problems as (key, reason) pairs relative to the block.
    func problems() -> [(key: String, reason: String)] {
        var problems: [(key: String, reason: String)] = []
        let parsed = URL(string: url)
        if !["http", "https"].contains(parsed?.scheme ?? "") || (parsed?.host ?? "").isEmpty {
            problems.append((key: "url", reason: "expected an http or https URL, found '\(url)'"))
        }
        if let timeoutMilliseconds, !(100...120_000).contains(timeoutMilliseconds) {
            problems.append((key: "timeout_ms", reason: "must be between 100 and 120000"))
        }
        for (index, name) in (events ?? []).enumerated() where !DomainEvent.names.contains(name) {
            problems.append(
                (
                    key: "events[\(index)]",
                    reason: "unknown event '\(name)' (known: \(DomainEvent.names.sorted().joined(separator: ", ")))"
                ))
        }
        return problems
    }
}
