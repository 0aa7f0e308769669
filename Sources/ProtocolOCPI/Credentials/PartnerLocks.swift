import PlatformCore

/// Serialises credentials operations per partner within this process, so that two handshakes
/// with the same partner never interleave.
actor PartnerLocks {
    private var busy: Set<PartnerID> = []
    private var waiters: [PartnerID: [CheckedContinuation<Void, Never>]] = [:]

    /// Runs `body` while holding the lock of `partner`.
    func withLock<Result: Sendable>(_ partner: PartnerID, _ body: @Sendable () async throws -> Result) async throws
        -> Result
    {
        while busy.contains(partner) {
            await withCheckedContinuation { waiters[partner, default: []].append($0) }
        }
        busy.insert(partner)
        defer {
            busy.remove(partner)
            if var queue = waiters[partner], !queue.isEmpty {
                queue.removeFirst().resume()
                waiters[partner] = queue.isEmpty ? nil : queue
            }
        }
        return try await body()
    }
}
