/// Where a remote command stands in its lifecycle.
///
/// ```
/// PENDING ──► ACCEPTED ──► SUCCEEDED
///    │            ├──────► FAILED
///    │            └──────► TIMEOUT
///    ├──► REJECTED
///    ├──► FAILED   (could not be delivered)
///    └──► TIMEOUT
/// ```
/// The detailed answer of the target (e.g. `EVSE_OCCUPIED`) is kept in ``Command/outcome``.
/// A result arriving after `TIMEOUT` is still recorded in ``Command/outcome`` and
/// ``Command/resultMessage`` so it is not lost; whether the state changes then is the command
/// state machine's decision.
public enum CommandState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Created; the target has not answered yet.
    case pending = "PENDING"
    /// The target accepted the request and forwarded it to the charger; the result is awaited.
    case accepted = "ACCEPTED"
    /// The target refused the request (unknown session, not supported, not allowed ...).
    case rejected = "REJECTED"
    /// The charger carried the command out.
    case succeeded = "SUCCEEDED"
    /// The command could not be delivered or the charger reported a failure.
    case failed = "FAILED"
    /// No answer or result came before the command's deadline.
    case timedOut = "TIMEOUT"

    /// Whether the command has reached an end state and no answer is awaited any more
    /// (`REJECTED`, `SUCCEEDED`, `FAILED`, `TIMEOUT`).
    public var isFinal: Bool {
        switch self {
        case .pending, .accepted: false
        case .rejected, .succeeded, .failed, .timedOut: true
        }
    }
}
