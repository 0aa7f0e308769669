/// When to try an outbox message again and when to give up: exponential backoff from
/// ``baseDelay``, capped at ``maxDelay``, abandoned after ``maxAttempts`` failed attempts or at
/// the first permanent failure.
public struct DeliveryPolicy: Sendable, Hashable {
    /// Delay after the first failure.
    public var baseDelay: Duration
    /// The longest delay between two attempts.
    public var maxDelay: Duration
    /// Failed attempts after which the message is abandoned.
    public var maxAttempts: Int

    /// Creates a policy. The defaults reach the 10-minute cap after ten failures and give up
    /// after about a day of failures.
    public init(baseDelay: Duration = .seconds(1), maxDelay: Duration = .seconds(600), maxAttempts: Int = 150) {
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxAttempts = max(1, maxAttempts)
    }

    /// What the worker does after an attempt.
    public enum Action: Sendable, Hashable {
        /// Remove the delivered message.
        case complete
        /// Try again after this delay.
        case retry(after: Duration, reason: String)
        /// Give up; keep the message visible as dead.
        case abandon(reason: String)
    }

    /// Decides what follows an attempt.
    /// - Parameters:
    ///   - outcome: the attempt's outcome.
    ///   - previousFailures: failed attempts before this one.
    public func action(after outcome: DeliveryOutcome, previousFailures: Int) -> Action {
        switch outcome {
        case .delivered:
            return .complete
        case .failedPermanently(let reason):
            return .abandon(reason: reason)
        case .failedTemporarily(let reason):
            let failures = previousFailures + 1
            guard failures < maxAttempts else {
                return .abandon(reason: "gave up after \(failures) attempts: \(reason)")
            }
            return .retry(after: delay(afterFailures: failures), reason: reason)
        }
    }

    /// The delay after `failures` consecutive failures (1 → ``baseDelay``, doubling, capped).
    public func delay(afterFailures failures: Int) -> Duration {
        var delay = baseDelay
        for _ in 1..<max(1, failures) {
            delay *= 2
            if delay >= maxDelay { return maxDelay }
        }
        return min(delay, maxDelay)
    }
}
