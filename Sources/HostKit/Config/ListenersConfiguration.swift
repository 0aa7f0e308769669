/// The two listeners: partner-facing (protocol endpoints) and operator (operator API, probes).
struct ListenersConfiguration: Sendable, Hashable {
    var partner: ListenerConfiguration
    var operatorListener: OperatorListenerConfiguration
}

/// Where a listener binds and how it secures connections.
struct ListenerConfiguration: Sendable, Hashable {
    /// Address to bind, e.g. `127.0.0.1` or `0.0.0.0`.
    var host: String
    /// Port to bind; 0 picks a free one (tests).
    var port: Int
    /// Base URL partners use to reach this listener (defaults to the scheme, host and port).
    var publicURL: String?
    /// Certificate and key; `nil` serves plain HTTP (only on loopback or with `insecureHTTP`).
    var tls: TLSFiles?
    /// Serve plain HTTP on a non-loopback address (logged as a warning).
    var insecureHTTP: Bool
    /// Largest request body accepted.
    var maxBodyBytes: Int

    /// Whether `host` is a loopback address.
    var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// `https` with TLS, `http` without.
    var scheme: String { tls == nil ? "http" : "https" }
}

/// The operator listener: a listener plus the API keys that may use it.
struct OperatorListenerConfiguration: Sendable, Hashable {
    var listener: ListenerConfiguration
    /// Bearer keys accepted on `/api/*` and `/metrics`.
    var apiKeys: [String]
}

/// PEM files for a TLS listener.
struct TLSFiles: Sendable, Hashable {
    /// Certificate chain, leaf first.
    var certificate: String
    /// Private key of the leaf.
    var key: String
    /// CA bundle that client certificates must chain to (mutual TLS); `nil` asks for none.
    var clientCA: String?
}
