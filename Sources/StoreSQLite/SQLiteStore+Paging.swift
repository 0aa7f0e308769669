import GRDB
public import PlatformCore

extension SQLiteStore {
    /// Reads one page of documents of `type` in store order (ascending change number), by
    /// keyset: the cursor is the change number of the previous page's last document, so a page
    /// costs the same at any depth and documents written during a crawl never shift it.
    ///
    /// The page and its `totalCount` (the filters without the cursor) come from one read
    /// transaction. Date filters compare at millisecond precision.
    /// - Throws: `StoreError` with code `.invalidCursor` for a cursor this store did not issue,
    ///   `.corruptDocument` when a stored body does not decode.
    public func page<Document: StoredDocument>(_ type: Document.Type, query: PageQuery) async throws
        -> Page<Document>
    {
        let kind = Document.documentKind.rawValue
        let operation = "page \(kind) documents"
        let filter = DocumentFilter(kind: kind, query: query)
        let after = try position(after: query.after, operation: operation)
        let limit = max(1, query.limit)
        let (rows, totalCount) = try await read(operation) { db in
            let totalCount = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM document WHERE \(filter.sql)", arguments: filter.arguments)
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT owner, id, seq, body FROM document WHERE \(filter.sql) AND seq > ? ORDER BY seq LIMIT ?",
                arguments: filter.arguments + [after, limit + 1]
            ).map(DocumentRow.init(row:))
            return (rows, totalCount ?? 0)
        }
        let decoder = DocumentCoding.makeDecoder()
        let items = try rows.prefix(limit).map { row in
            try decode(type, body: row.body, owner: row.owner, id: row.id, decoder: decoder)
        }
        let next = rows.count > limit ? PageCursor(rawValue: String(rows[limit - 1].seq)) : nil
        return Page(items: items, next: next, totalCount: totalCount)
    }

    /// The change number a cursor stands for; 0 (before every document) without one.
    private func position(after cursor: PageCursor?, operation: String) throws -> Int64 {
        guard let cursor else { return 0 }
        guard let seq = Int64(cursor.rawValue), seq >= 0 else {
            throw StoreError(
                code: .invalidCursor, operation: operation,
                reason: "'\(cursor.rawValue)' is not a cursor this store issued")
        }
        return seq
    }
}
