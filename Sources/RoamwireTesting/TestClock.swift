import Synchronization

/// A clock whose time moves only when the test calls ``advance(by:)``. Sleepers wake when time
/// reaches their deadline or when their task is cancelled; ``sleeps`` reports every sleep as it
/// starts, so a test can tell when a service has gone idle.
///
/// ```swift
/// let clock = TestClock()
/// let worker = OutboxWorker(..., clock: clock)
/// _ = await clock.sleeps.first { _ in true }  // the worker waits for its next poll
/// clock.advance(by: .seconds(10))             // ... and wakes up
/// ```
public final class TestClock: Clock, Sendable {
    /// A point in the clock's time: the offset from when the clock was made.
    public struct Instant: InstantProtocol {
        /// Time since the clock was made.
        public var offset: Duration

        /// The instant `offset` after the clock was made.
        public init(offset: Duration) { self.offset = offset }

        /// The instant `duration` later.
        public func advanced(by duration: Duration) -> Self { Instant(offset: offset + duration) }
        /// The time from this instant to `other`.
        public func duration(to other: Self) -> Duration { other.offset - offset }
        /// Whether `lhs` comes before `rhs`.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.offset < rhs.offset }
    }

    private struct Sleeper {
        let deadline: Instant
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now = Instant(offset: .zero)
        var sleepers: [Int: Sleeper] = [:]
        var nextID = 0
    }

    private let state = Mutex(State())
    private let started: AsyncStream<Instant>.Continuation
    /// The deadline of every sleep, reported when the sleep starts waiting.
    public let sleeps: AsyncStream<Instant>

    /// A clock at offset zero with no sleepers.
    public init() {
        (sleeps, started) = AsyncStream.makeStream()
    }

    deinit { started.finish() }

    /// The current instant; changes only through ``advance(by:)``.
    public var now: Instant { state.withLock { $0.now } }
    /// Zero: the clock is exact.
    public var minimumResolution: Duration { .zero }

    /// Waits until ``advance(by:)`` has moved time to `deadline` (returns at once if it has
    /// already passed).
    /// - Throws: `CancellationError` when the task is cancelled first.
    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let immediate: Result<Void, any Error>? = state.withLock { state in
                    if Task.isCancelled { return .failure(CancellationError()) }
                    if deadline <= state.now { return .success(()) }
                    state.sleepers[id] = Sleeper(deadline: deadline, continuation: continuation)
                    return nil
                }
                if let immediate {
                    continuation.resume(with: immediate)
                } else {
                    started.yield(deadline)
                }
            }
        } onCancel: {
            state.withLock { $0.sleepers.removeValue(forKey: id) }?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time forward, waking every sleeper whose deadline has come.
    public func advance(by duration: Duration) {
        let due = state.withLock { state in
            state.now = state.now.advanced(by: duration)
            let due = state.sleepers.filter { $0.value.deadline <= state.now }
            for id in due.keys { state.sleepers.removeValue(forKey: id) }
            return Array(due.values)
        }
        for sleeper in due { sleeper.continuation.resume() }
    }
}
