/// Why a call to a partner's OCPI API did not give a usable answer.
struct OCPIClientError: Error, Sendable, CustomStringConvertible {
    enum Kind: Sendable, Hashable {
        /// No connection, TLS failure, reset.
        case unreachable
        /// No complete answer within the timeout.
        case timeout
        /// An HTTP error status (4xx, 5xx).
        case httpStatus(Int)
        /// A 2xx answer that is not an OCPI envelope (HTML, garbage, wrong JSON).
        case notOCPI
        /// An OCPI envelope with a status code other than 1xxx.
        case ocpiStatus(Int)
        /// The URL cannot be called (no scheme, no host, not http or https).
        case unusableURL
    }

    var kind: Kind
    var url: String
    var reason: String

    var description: String {
        switch kind {
        case .unreachable: "\(url) unreachable: \(reason)"
        case .timeout: "\(url) did not answer in time"
        case .httpStatus(let code): "\(url) answered HTTP \(code): \(reason)"
        case .notOCPI: "\(url) did not answer with an OCPI response: \(reason)"
        case .ocpiStatus(let code): "\(url) answered OCPI status \(code): \(reason)"
        case .unusableURL: "'\(url)' is not a URL we can call: \(reason)"
        }
    }

    /// Whether trying again may help (network, timeouts, 5xx); 4xx and OCPI refusals will not change.
    var isRetryable: Bool {
        switch kind {
        case .unreachable, .timeout: true
        case .httpStatus(let code): code >= 500
        case .notOCPI, .ocpiStatus, .unusableURL: false
        }
    }
}
