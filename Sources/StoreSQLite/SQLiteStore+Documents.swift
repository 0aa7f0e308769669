import Foundation
import GRDB
public import PlatformCore

extension SQLiteStore {
    /// Applies every document change and enqueues every outbox message in one write
    /// transaction: if any statement fails, nothing lands.
    ///
    /// A new document gets the next number (`seq`) of the store order that ``page(_:query:)``
    /// follows; an update keeps the document's place (OCPI's recommendation: new objects only
    /// ever extend the last page); a delete removes the row.
    public func commit(_ changes: ChangeSet) async throws {
        if changes.documents.isEmpty && changes.outbox.isEmpty { return }
        let enqueuedAt = SQLiteTime.milliseconds(Date())
        try await write("commit change set") { db in
            try Self.apply(changes.documents, db)
            try Self.enqueue(changes.outbox, at: enqueuedAt, db)
        }
    }

    /// Reads the document of `type` with `owner` and `id`, or `nil` when there is none.
    /// - Throws: `StoreError` with code `.corruptDocument` when the stored body does not decode.
    public func document<Document: StoredDocument>(_ type: Document.Type, owner: PartyID?, id: String) async throws
        -> Document?
    {
        let kind = Document.documentKind.rawValue
        let ownerKey = owner?.description ?? ""
        let body = try await read("read \(kind) \(ownerKey)/\(id)") { db in
            try Data.fetchOne(
                db, sql: "SELECT body FROM document WHERE kind = ? AND owner = ? AND id = ?",
                arguments: [kind, ownerKey, id])
        }
        guard let body else { return nil }
        return try decode(type, body: body, owner: ownerKey, id: id, decoder: DocumentCoding.makeDecoder())
    }

    private static func apply(_ changes: [DocumentChange], _ db: Database) throws {
        var seq = try reserveSequence(count: changes.count(where: { $0.body != nil }), db)
        for change in changes {
            let owner = change.owner?.description ?? ""
            if let body = change.body {
                try db.cachedStatement(sql: upsertSQL).execute(arguments: [
                    change.kind.rawValue, owner, change.id, seq, SQLiteTime.milliseconds(change.lastUpdated), body,
                ])
                seq += 1
            } else {
                try db.cachedStatement(sql: "DELETE FROM document WHERE kind = ? AND owner = ? AND id = ?")
                    .execute(arguments: [change.kind.rawValue, owner, change.id])
            }
        }
    }

    /// Takes `count` consecutive change numbers from `document_sequence` and returns the first
    /// (0, unused, when `count` is 0).
    private static func reserveSequence(count: Int, _ db: Database) throws -> Int64 {
        guard count > 0 else { return 0 }
        let last = try Int64.fetchOne(
            db, sql: "UPDATE document_sequence SET value = value + ? WHERE id = 1 RETURNING value",
            arguments: [count])
        guard let last else {
            throw StoreError(code: .failed, operation: "commit change set", reason: "document_sequence has no row")
        }
        return last - Int64(count) + 1
    }

    private static let upsertSQL = """
        INSERT INTO document (kind, owner, id, seq, last_updated, body) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (kind, owner, id) DO UPDATE
        SET last_updated = excluded.last_updated, body = excluded.body
        """
}
