public import Foundation

/// The store API: what the platform asks of its database, at the level of intentions.
///
/// Every method is one transaction. Implementations (SQLite now, PostgreSQL later) keep the
/// same semantics so that callers never change:
/// - ``commit(_:)`` writes documents and their outbox messages atomically;
/// - ``page(_:query:)`` pages by keyset in the order documents were first stored (an update keeps
///   the document's place, so a crawl sees every document once and offsets stay stable);
/// - the outbox methods hand out messages so that per-key order holds across workers and hosts,
///   and claimed messages whose worker died become claimable again after their lease.
public protocol Store: Sendable {
    /// Creates or upgrades the schema. Safe to call on every start.
    func migrate() async throws
    /// Whether the store is reachable and its schema is current.
    func readiness() async -> StoreReadiness

    /// Applies a change set in one transaction: every document change and outbox message, or
    /// nothing.
    func commit(_ changes: ChangeSet) async throws

    /// Reads one document.
    func document<Document: StoredDocument>(_ type: Document.Type, owner: PartyID?, id: String) async throws
        -> Document?
    /// Reads one page of documents of a kind.
    func page<Document: StoredDocument>(_ type: Document.Type, query: PageQuery) async throws -> Page<Document>

    /// Claims up to `limit` deliverable outbox messages: the oldest undelivered message of each
    /// ordering key, if its next attempt is due at `now`. Claimed messages are leased until
    /// `now + lease`.
    func claimOutbox(limit: Int, now: Date, lease: Duration) async throws -> [ClaimedOutboxMessage]
    /// Removes a delivered message.
    func completeOutbox(id: Int64) async throws
    /// Records a failed attempt and when to try again.
    func retryOutbox(id: Int64, at next: Date, error: String) async throws
    /// Gives up on a message; it stays visible to operators and no longer blocks its key.
    func abandonOutbox(id: Int64, error: String) async throws
    /// Number of messages not yet delivered (pending or in flight, not abandoned).
    func outboxDepth() async throws -> Int
    /// Undelivered and abandoned messages, oldest first.
    func outboxEntries(limit: Int) async throws -> [OutboxEntry]
}

/// The answer to a readiness probe.
public struct StoreReadiness: Sendable, Hashable, Codable {
    /// The database answered a query.
    public var reachable: Bool
    /// Every known migration has been applied.
    public var migrationsCurrent: Bool
    /// Why the store is not ready, for operators.
    public var problem: String?

    /// Creates a readiness answer.
    public init(reachable: Bool, migrationsCurrent: Bool, problem: String? = nil) {
        self.reachable = reachable
        self.migrationsCurrent = migrationsCurrent
        self.problem = problem
    }

    /// Both conditions hold.
    public var isReady: Bool { reachable && migrationsCurrent }
}

/// A failure of the store, with what was being done. Never carries document bodies.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; extensible without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let value: String
        private init(_ value: String) { self.value = value }
        /// The database file or server cannot be opened or reached.
        public static let unavailable = Code("unavailable")
        /// Another process holds the database locked.
        public static let locked = Code("locked")
        /// The schema is newer than this build knows.
        public static let schemaTooNew = Code("schema_too_new")
        /// A stored document could not be decoded.
        public static let corruptDocument = Code("corrupt_document")
        /// A cursor handed back is not one this store issued.
        public static let invalidCursor = Code("invalid_cursor")
        /// Any other database failure.
        public static let failed = Code("failed")
        public var description: String { value }
    }

    /// The kind of failure.
    public let code: Code
    /// What the store was doing, e.g. `commit change set`.
    public let operation: String
    /// Underlying error text.
    public let reason: String

    /// Creates a store error.
    public init(code: Code, operation: String, reason: String) {
        self.code = code
        self.operation = operation
        self.reason = reason
    }

    public var description: String { "store \(code) while trying to \(operation): \(reason)" }
}
