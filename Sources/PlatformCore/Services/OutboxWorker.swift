public import Foundation
public import Logging
import Metrics
public import ServiceLifecycle

/// Delivers outbox messages: claims due messages from the store, hands each to the deliverer of
/// its channel, and completes, reschedules or abandons it by the ``DeliveryPolicy``.
///
/// Messages of one ordering key go one at a time (the store hands out only the oldest of each
/// key); messages of different keys in one batch go concurrently. On graceful shutdown the
/// worker finishes the batch in hand and stops; a message it claimed but could not finish
/// becomes claimable again when its lease ends, here or on another host.
public struct OutboxWorker: Service {
    /// Tuning of the worker.
    public struct Configuration: Sendable, Hashable {
        /// Messages claimed per pass.
        public var batchSize: Int
        /// How long a claimed message stays reserved for this worker.
        public var lease: Duration
        /// How long an idle worker waits before looking again without being signalled (retries
        /// fall due without a signal).
        public var pollInterval: Duration
        /// Backoff and giving up.
        public var policy: DeliveryPolicy

        /// Creates a configuration.
        public init(
            batchSize: Int = 32, lease: Duration = .seconds(300), pollInterval: Duration = .seconds(1),
            policy: DeliveryPolicy = DeliveryPolicy()
        ) {
            self.batchSize = max(1, batchSize)
            self.lease = lease
            self.pollInterval = pollInterval
            self.policy = policy
        }
    }

    private let store: any Store
    private let ports: Ports
    private let signal: OutboxSignal
    private let configuration: Configuration
    private let logger: Logger
    private let clock: any Clock<Duration>
    private let now: @Sendable () -> Date

    /// Creates a worker.
    /// - Parameters:
    ///   - clock: what idle waits sleep on (inject a test clock to avoid real sleeps).
    ///   - now: the wall clock used for due times and leases.
    public init(
        store: any Store, ports: Ports, signal: OutboxSignal, configuration: Configuration = Configuration(),
        logger: Logger, clock: any Clock<Duration> = ContinuousClock(), now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.store = store
        self.ports = ports
        self.signal = signal
        self.configuration = configuration
        self.logger = logger
        self.clock = clock
        self.now = now
    }

    public func run() async throws {
        await withGracefulShutdownHandler {
            while !Task.isShuttingDownGracefully && !Task.isCancelled {
                if await deliverDue() == 0 { await idle() }
            }
        } onGracefulShutdown: {
            signal.signal()
        }
        logger.info("outbox worker stopped")
    }

    /// Claims one batch of due messages and attempts each once.
    /// - Returns: how many messages were attempted.
    @discardableResult
    public func deliverDue() async -> Int {
        let batch: [ClaimedOutboxMessage]
        do {
            batch = try await store.claimOutbox(limit: configuration.batchSize, now: now(), lease: configuration.lease)
        } catch {
            logger.error("outbox claim failed", metadata: ["error": "\(error)"])
            return 0
        }
        await withTaskGroup(of: Void.self) { group in
            for claimed in batch {
                group.addTask { await attempt(claimed) }
            }
        }
        return batch.count
    }

    private func attempt(_ claimed: ClaimedOutboxMessage) async {
        var logger = logger
        logger[metadataKey: "outbox.id"] = "\(claimed.id)"
        logger[metadataKey: "outbox.channel"] = "\(claimed.message.channel)"
        logger[metadataKey: "outbox.destination"] = "\(claimed.message.destination)"
        let outcome: DeliveryOutcome
        if let deliverer = ports.resolve(.outboxDeliverer(channel: claimed.message.channel)) {
            outcome = await deliverer.deliver(claimed)
        } else {
            outcome = .failedTemporarily(reason: "no plugin delivers channel '\(claimed.message.channel)'")
        }
        let action = configuration.policy.action(after: outcome, previousFailures: claimed.attempts)
        Counter(
            label: "roamwire_outbox_attempts_total",
            dimensions: [
                ("channel", claimed.message.channel), ("outcome", action.metricLabel),
            ]
        ).increment()
        do {
            switch action {
            case .complete:
                try await store.completeOutbox(id: claimed.id)
                logger.debug("outbox message delivered")
            case .retry(let delay, let reason):
                try await store.retryOutbox(
                    id: claimed.id, at: now().addingTimeInterval(delay.timeInterval), error: reason)
                logger.warning(
                    "outbox delivery failed, will retry", metadata: ["reason": "\(reason)", "retry.in": "\(delay)"])
            case .abandon(let reason):
                try await store.abandonOutbox(id: claimed.id, error: reason)
                logger.error("outbox message abandoned", metadata: ["reason": "\(reason)"])
            }
        } catch {
            logger.error("outbox bookkeeping failed; the lease will expire", metadata: ["error": "\(error)"])
        }
    }

    private func idle() async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await signal.wait() }
            group.addTask { [clock, pollInterval = configuration.pollInterval] in
                try? await clock.sleep(for: pollInterval)
            }
            await group.next()
            group.cancelAll()
        }
    }
}

extension DeliveryPolicy.Action {
    fileprivate var metricLabel: String {
        switch self {
        case .complete: "delivered"
        case .retry: "retry"
        case .abandon: "abandoned"
        }
    }
}

extension Duration {
    /// The duration in seconds, as Foundation wants it.
    package var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
