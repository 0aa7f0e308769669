import Synchronization

/// The partner listener's public base URL: the configured `public_url`, or the URL the
/// listener actually bound (known only once it runs when the port is 0).
final class BoundURL: Sendable {
    private let configured: String?
    private let bound = Mutex<String>("")

    init(configured: String?) {
        self.configured = configured.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    func bind(_ url: String) { bound.withLock { $0 = url } }

    var value: String { configured ?? bound.withLock { $0 } }
}
