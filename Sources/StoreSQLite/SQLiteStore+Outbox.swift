public import Foundation
import GRDB
import Logging
public import PlatformCore

extension SQLiteStore {
    /// Claims up to `limit` messages, oldest first, in one write transaction: for each
    /// (channel, ordering key) only the oldest live (not abandoned) message is a candidate, and
    /// it is taken when it is pending and due, or in flight with an expired lease (its worker
    /// died). Taken messages are leased until `now + lease`; their attempt count is unchanged.
    public func claimOutbox(limit: Int, now: Date, lease: Duration) async throws -> [ClaimedOutboxMessage] {
        guard limit > 0 else { return [] }
        let now = SQLiteTime.milliseconds(now)
        let leaseUntil = now + SQLiteTime.milliseconds(lease)
        return try await write("claim outbox messages") { db in
            let rows = try Row.fetchAll(db, sql: Self.claimSQL, arguments: [now, now, limit])
            let take = try db.cachedStatement(
                sql: "UPDATE outbox SET state = 'in_flight', lease_until = ? WHERE id = ?")
            return try rows.map { row in
                let claimed = ClaimedOutboxMessage(
                    id: row["id"],
                    message: OutboxMessage(
                        channel: row["channel"], destination: row["destination"],
                        orderingKey: row["ordering_key"], payload: row["payload"]),
                    attempts: row["attempts"],
                    enqueuedAt: SQLiteTime.date(milliseconds: row["enqueued_at"]))
                try take.execute(arguments: [leaseUntil, claimed.id])
                return claimed
            }
        }
    }

    /// Deletes a delivered message; a no-op if it is already gone.
    public func completeOutbox(id: Int64) async throws {
        try await write("complete outbox message \(id)") { db in
            try db.execute(sql: "DELETE FROM outbox WHERE id = ?", arguments: [id])
        }
    }

    /// Records a failed attempt of an in-flight message and makes it due again at `next`.
    /// A message no longer in flight (delivered, abandoned) is left alone.
    public func retryOutbox(id: Int64, at next: Date, error: String) async throws {
        let next = SQLiteTime.milliseconds(next)
        let changed = try await write("retry outbox message \(id)") { db in
            try db.execute(
                sql: """
                    UPDATE outbox SET state = 'pending', attempts = attempts + 1, next_attempt_at = ?,
                        last_error = ?, lease_until = NULL
                    WHERE id = ? AND state = 'in_flight'
                    """,
                arguments: [next, error, id])
            return db.changesCount > 0
        }
        if !changed { logger.debug("outbox retry ignored: message not in flight", metadata: ["outbox.id": "\(id)"]) }
    }

    /// Marks a message dead after a final failed attempt. It stays listed in
    /// ``outboxEntries(limit:)`` and no longer blocks the messages behind it.
    public func abandonOutbox(id: Int64, error: String) async throws {
        try await write("abandon outbox message \(id)") { db in
            try db.execute(
                sql: """
                    UPDATE outbox SET state = 'dead', attempts = attempts + 1, last_error = ?, lease_until = NULL
                    WHERE id = ? AND state <> 'dead'
                    """,
                arguments: [error, id])
        }
    }

    /// Number of messages pending or in flight.
    public func outboxDepth() async throws -> Int {
        try await read("count outbox messages") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE state <> 'dead'") ?? 0
        }
    }

    /// Messages not delivered yet, abandoned ones included, oldest first. A message never
    /// attempted shows its enqueue time as next attempt.
    public func outboxEntries(limit: Int) async throws -> [OutboxEntry] {
        guard limit > 0 else { return [] }
        return try await read("list outbox messages") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, channel, destination, ordering_key, state, attempts,
                        COALESCE(next_attempt_at, enqueued_at) AS next_attempt_at, last_error
                    FROM outbox ORDER BY id LIMIT ?
                    """,
                arguments: [limit]
            ).map(Self.entry(row:))
        }
    }

    /// Inserts `messages` as pending, due at once.
    static func enqueue(_ messages: [OutboxMessage], at enqueuedAt: Int64, _ db: Database) throws {
        for message in messages {
            try db.cachedStatement(
                sql:
                    "INSERT INTO outbox (channel, destination, ordering_key, payload, enqueued_at) VALUES (?, ?, ?, ?, ?)"
            ).execute(arguments: [
                message.channel, message.destination, message.orderingKey, message.payload, enqueuedAt,
            ])
        }
    }

    private static func entry(row: Row) throws -> OutboxEntry {
        let state: String = row["state"]
        guard let entryState = OutboxEntry.State(rawValue: state) else {
            throw StoreError(
                code: .failed, operation: "list outbox messages", reason: "unknown outbox state '\(state)'")
        }
        return OutboxEntry(
            id: row["id"], channel: row["channel"], destination: row["destination"], orderingKey: row["ordering_key"],
            state: entryState, attempts: row["attempts"],
            nextAttemptAt: SQLiteTime.date(milliseconds: row["next_attempt_at"]), lastError: row["last_error"])
    }

    /// The head of each key among live messages, if it is due or its lease has expired.
    private static let claimSQL = """
        SELECT id, channel, destination, ordering_key, payload, attempts, enqueued_at
        FROM outbox AS candidate
        WHERE ((state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?))
            OR (state = 'in_flight' AND lease_until <= ?))
          AND NOT EXISTS (
            SELECT 1 FROM outbox AS older
            WHERE older.channel = candidate.channel AND older.ordering_key = candidate.ordering_key
              AND older.state <> 'dead' AND older.id < candidate.id)
        ORDER BY id
        LIMIT ?
        """
}
