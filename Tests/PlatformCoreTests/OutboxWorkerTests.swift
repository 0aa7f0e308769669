import Foundation
import PlatformCore
import RoamwireTesting
import ServiceLifecycle
import StoreSQLite
import Testing

@Suite("OutboxWorker")
struct OutboxWorkerTests {
    static let policy = DeliveryPolicy(baseDelay: .seconds(30), maxDelay: .seconds(600), maxAttempts: 5)

    /// A worker over a fresh store whose `test` channel is delivered by `deliverer`, on a
    /// wall clock the test moves.
    struct Fixture {
        let temporary: TemporaryStore
        let ports = Ports()
        let signal = OutboxSignal()
        let now = ManualNow()
        let clock = TestClock()
        let pollInterval: Duration
        let worker: OutboxWorker
        var store: SQLiteStore { temporary.store }

        init(deliverer: RecordingDeliverer?, pollInterval: Duration = .seconds(10)) async throws {
            temporary = try await TemporaryStore()
            self.pollInterval = pollInterval
            if let deliverer { try ports.register(deliverer, for: .outboxDeliverer(channel: "test")) }
            worker = OutboxWorker(
                store: temporary.store, ports: ports, signal: signal,
                configuration: .init(batchSize: 10, lease: .seconds(120), pollInterval: pollInterval, policy: policy),
                logger: .quiet, clock: clock, now: { [now] in now.date })
        }

        /// Waits until the worker's next idle wait has started (bounded: `nil` after 5 s).
        func nextIdle() async throws -> TestClock.Instant? {
            try await withDeadline { [clock] in await clock.sleeps.first { _ in true } } ?? nil
        }

        /// Runs the worker in a service group while `body` runs, then triggers graceful shutdown.
        /// - Returns: whether `run()` returned within 5 s of the shutdown (no clock advance).
        func runThenShutDown(_ body: @Sendable () async throws -> Void) async throws -> Bool {
            let group = ServiceGroup(
                configuration: .init(services: [worker], gracefulShutdownSignals: [], logger: .quiet))
            return try await withThrowingTaskGroup(of: Bool.self) { tasks in
                tasks.addTask {
                    try await group.run()
                    return true
                }
                do {
                    try await body()
                } catch {
                    tasks.cancelAll()
                    throw error
                }
                await group.triggerGracefulShutdown()
                tasks.addTask {
                    try await Task.sleep(for: .seconds(5))
                    return false
                }
                let stopped = try await tasks.next() ?? false
                tasks.cancelAll()
                return stopped
            }
        }

        func enqueue(_ messages: OutboxMessage...) async throws {
            try await store.commit(ChangeSet(outbox: messages))
        }
    }

    @Test("delivered messages are removed from the outbox")
    func deliveredMessagesAreRemoved() async throws {
        let deliverer = RecordingDeliverer()
        let fixture = try await Fixture(deliverer: deliverer)
        try await fixture.enqueue(testMessage(key: "a", "a1"), testMessage(key: "b", "b1"))

        #expect(await fixture.worker.deliverDue() == 2)

        #expect(deliverer.attemptedPayloads.sorted() == ["a1", "b1"])
        #expect(deliverer.attempts.allSatisfy { $0.attempts == 0 })
        #expect(try await fixture.store.outboxDepth() == 0)
        #expect(try await fixture.store.outboxEntries(limit: 10).isEmpty)
        #expect(await fixture.worker.deliverDue() == 0)
    }

    @Test("a temporary failure is retried at now + baseDelay, then at now + 2 × baseDelay")
    func temporaryFailureIsRetriedAfterBackoff() async throws {
        // Fails the first two attempts, then accepts.
        let deliverer = RecordingDeliverer { message in
            message.attempts < 2 ? .failedTemporarily(reason: "HTTP 503") : .delivered
        }
        let fixture = try await Fixture(deliverer: deliverer)
        let start = fixture.now.date
        try await fixture.enqueue(testMessage(key: "a", "a1"))

        #expect(await fixture.worker.deliverDue() == 1)
        var entry = try #require(try await fixture.store.outboxEntries(limit: 10).first)
        #expect(entry.state == .pending)
        #expect(entry.attempts == 1)
        #expect(entry.lastError == "HTTP 503")
        #expect(entry.nextAttemptAt == start.addingTimeInterval(30))

        // Not claimable before the retry is due.
        #expect(await fixture.worker.deliverDue() == 0)
        fixture.now.advance(by: .milliseconds(29_999))
        #expect(await fixture.worker.deliverDue() == 0)
        #expect(deliverer.attempts.count == 1)

        // Due at now + baseDelay: the second attempt fails again, the delay doubles.
        fixture.now.advance(by: .milliseconds(1))
        #expect(await fixture.worker.deliverDue() == 1)
        entry = try #require(try await fixture.store.outboxEntries(limit: 10).first)
        #expect(entry.attempts == 2)
        #expect(entry.nextAttemptAt == start.addingTimeInterval(30 + 60))
        fixture.now.advance(by: .milliseconds(59_999))
        #expect(await fixture.worker.deliverDue() == 0)

        fixture.now.advance(by: .milliseconds(1))
        #expect(await fixture.worker.deliverDue() == 1)
        #expect(deliverer.attempts.map(\.attempts) == [0, 1, 2])
        #expect(try await fixture.store.outboxDepth() == 0)
    }

    @Test("temporary failures up to maxAttempts abandon the message")
    func temporaryFailuresEventuallyAbandon() async throws {
        let deliverer = RecordingDeliverer { _ in .failedTemporarily(reason: "timeout") }
        let fixture = try await Fixture(deliverer: deliverer)
        try await fixture.enqueue(testMessage(key: "a", "a1"))

        for _ in 1...Self.policy.maxAttempts {
            #expect(await fixture.worker.deliverDue() == 1)
            fixture.now.advance(by: Self.policy.maxDelay)
        }

        #expect(await fixture.worker.deliverDue() == 0)
        let entry = try #require(try await fixture.store.outboxEntries(limit: 10).first)
        #expect(entry.state == .dead)
        #expect(entry.attempts == 5)
        #expect(entry.lastError == "gave up after 5 attempts: timeout")
        #expect(try await fixture.store.outboxDepth() == 0)
    }

    @Test("a permanent failure marks the message dead and unblocks the next one of its key")
    func permanentFailureUnblocksKey() async throws {
        let deliverer = RecordingDeliverer { message in
            message.message.payload == Data("a1".utf8) ? .failedPermanently(reason: "HTTP 404") : .delivered
        }
        let fixture = try await Fixture(deliverer: deliverer)
        try await fixture.enqueue(testMessage(key: "a", "a1"), testMessage(key: "a", "a2"))

        #expect(await fixture.worker.deliverDue() == 1)
        #expect(deliverer.attemptedPayloads == ["a1"])
        var entries = try await fixture.store.outboxEntries(limit: 10)
        #expect(entries.map(\.state) == [.dead, .pending])
        #expect(entries.first?.lastError == "HTTP 404")
        #expect(entries.first?.attempts == 1)

        // No time passes: the dead head no longer blocks its key.
        #expect(await fixture.worker.deliverDue() == 1)
        #expect(deliverer.attemptedPayloads == ["a1", "a2"])
        entries = try await fixture.store.outboxEntries(limit: 10)
        #expect(entries.map(\.state) == [.dead])
        #expect(try await fixture.store.outboxDepth() == 0)
        #expect(await fixture.worker.deliverDue() == 0)
    }

    @Test("messages of one ordering key go one per pass, in enqueue order; other keys go alongside")
    func orderPerKeyAcrossPasses() async throws {
        let deliverer = RecordingDeliverer()
        let fixture = try await Fixture(deliverer: deliverer)
        try await fixture.enqueue(testMessage(key: "a", "a1"), testMessage(key: "b", "b1"))
        try await fixture.enqueue(testMessage(key: "a", "a2"))
        try await fixture.enqueue(testMessage(key: "a", "a3"), testMessage(key: "b", "b2"))

        var passes: [Int] = []
        for _ in 0..<4 { passes.append(await fixture.worker.deliverDue()) }

        #expect(passes == [2, 2, 1, 0])
        let payloads = deliverer.attemptedPayloads
        #expect(payloads.filter { $0.hasPrefix("a") } == ["a1", "a2", "a3"])
        #expect(payloads.filter { $0.hasPrefix("b") } == ["b1", "b2"])
        #expect(try await fixture.store.outboxDepth() == 0)
    }

    @Test("a temporarily failing head holds back the rest of its key until it is delivered")
    func failingHeadBlocksItsKey() async throws {
        let deliverer = RecordingDeliverer { message in
            message.message.payload == Data("a1".utf8) && message.attempts == 0
                ? .failedTemporarily(reason: "HTTP 502") : .delivered
        }
        let fixture = try await Fixture(deliverer: deliverer)
        try await fixture.enqueue(testMessage(key: "a", "a1"), testMessage(key: "a", "a2"))

        #expect(await fixture.worker.deliverDue() == 1)
        #expect(await fixture.worker.deliverDue() == 0, "a2 overtook the failed a1")
        fixture.now.advance(by: Self.policy.baseDelay)
        #expect(await fixture.worker.deliverDue() == 1)
        #expect(await fixture.worker.deliverDue() == 1)
        #expect(deliverer.attemptedPayloads == ["a1", "a1", "a2"])
    }

    @Test("a message for a channel nobody delivers is retried, not lost")
    func unknownChannelIsRetried() async throws {
        let fixture = try await Fixture(deliverer: nil)
        try await fixture.enqueue(testMessage(key: "a", "a1", channel: "later"))

        #expect(await fixture.worker.deliverDue() == 1)
        let entry = try #require(try await fixture.store.outboxEntries(limit: 10).first)
        #expect(entry.state == .pending)
        #expect(entry.attempts == 1)
        #expect(entry.lastError == "no plugin delivers channel 'later'")
        #expect(try await fixture.store.outboxDepth() == 1)

        let deliverer = RecordingDeliverer()
        try fixture.ports.register(deliverer, for: .outboxDeliverer(channel: "later"))
        fixture.now.advance(by: Self.policy.baseDelay)
        #expect(await fixture.worker.deliverDue() == 1)
        #expect(deliverer.attemptedPayloads == ["a1"])
        #expect(try await fixture.store.outboxDepth() == 0)
    }

    @Test("run: a signal wakes the idle worker, and graceful shutdown wakes it to return", .timeLimit(.minutes(1)))
    func runWakesOnSignalAndStopsOnGracefulShutdown() async throws {
        let deliverer = RecordingDeliverer()
        let fixture = try await Fixture(deliverer: deliverer)

        let stopped = try await fixture.runThenShutDown { () async throws in
            // Nothing to do: the worker goes idle, waiting for a signal or the poll.
            let firstIdle = try await fixture.nextIdle()
            #expect(firstIdle == TestClock.Instant(offset: fixture.pollInterval), "the worker never went idle")

            try await fixture.enqueue(testMessage(key: "a", "a1"))
            fixture.signal.signal()
            // The clock never moves: only the signal can have woken the worker.
            #expect(try await fixture.nextIdle() != nil, "the worker did not go idle again after the signal")
            #expect(deliverer.attemptedPayloads == ["a1"])
            #expect(try await fixture.store.outboxDepth() == 0)
        }

        // The worker was idle on a clock that never moves: only the shutdown can have woken it.
        #expect(stopped, "run() did not return within 5 s of graceful shutdown")
    }

    @Test("run: the poll interval wakes the idle worker for retries that fell due", .timeLimit(.minutes(1)))
    func runPollsForDueRetries() async throws {
        let deliverer = RecordingDeliverer { message in
            message.attempts == 0 ? .failedTemporarily(reason: "HTTP 503") : .delivered
        }
        let fixture = try await Fixture(deliverer: deliverer)
        try await fixture.enqueue(testMessage(key: "a", "a1"))

        let stopped = try await fixture.runThenShutDown { () async throws in
            // The first pass fails a1; nothing else is due, so the worker idles.
            #expect(try await fixture.nextIdle() != nil, "the worker never went idle")
            #expect(deliverer.attempts.count == 1)

            // The retry falls due and the poll interval passes: no signal needed.
            fixture.now.advance(by: Self.policy.baseDelay)
            fixture.clock.advance(by: fixture.pollInterval)
            #expect(try await fixture.nextIdle() != nil, "the worker did not go idle again after polling")
            #expect(deliverer.attempts.map(\.attempts) == [0, 1])
            #expect(try await fixture.store.outboxDepth() == 0)
        }

        #expect(stopped, "run() did not return within 5 s of graceful shutdown")
    }

    @Test(
        "on graceful shutdown the worker finishes the delivery in hand and claims nothing more", .timeLimit(.minutes(1))
    )
    func gracefulShutdownFinishesBatchInHand() async throws {
        // Holds the delivery until graceful shutdown has reached the worker's task tree.
        let deliverer = RecordingDeliverer { _ in
            let (shutdown, continuation) = AsyncStream.makeStream(of: Void.self)
            await withGracefulShutdownHandler {
                for await _ in shutdown { break }
            } onGracefulShutdown: {
                continuation.yield()
            }
            return .delivered
        }
        let fixture = try await Fixture(deliverer: deliverer)
        try await fixture.enqueue(testMessage(key: "a", "a1"))

        let stopped = try await fixture.runThenShutDown { () async throws in
            let started = try await withDeadline { await deliverer.started.first { _ in true } }
            #expect(started != nil, "the worker never attempted a1")
            try await fixture.enqueue(testMessage(key: "b", "b1"))
            fixture.signal.signal()
        }

        #expect(stopped, "run() did not return within 5 s of graceful shutdown")
        #expect(deliverer.attemptedPayloads == ["a1"])
        let entries = try await fixture.store.outboxEntries(limit: 10)
        #expect(entries.map(\.state) == [.pending])
        #expect(entries.first?.attempts == 0)
    }
}
