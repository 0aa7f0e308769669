public import StoreSQLite

/// A real SQLite store on a file in a fresh ``TemporaryDirectory``, removed when the value goes
/// away. Each test makes its own, so tests never share a database file.
///
/// ```swift
/// let temporary = try await TemporaryStore()
/// try await temporary.store.commit(changes)
/// ```
public final class TemporaryStore: Sendable {
    /// The directory holding the database file.
    public let directory: TemporaryDirectory
    /// The store; migrated unless created with `migrated: false`. Logs only critical messages.
    public let store: SQLiteStore

    /// Opens a store on a new file.
    /// - Parameter migrated: Whether to create the schema; pass `false` for a store on which
    ///   every operation fails.
    public init(migrated: Bool = true) async throws {
        directory = try TemporaryDirectory(prefix: "roamwire-store")
        store = try SQLiteStore(path: directory.path(), logger: .quiet)
        if migrated { try await store.migrate() }
    }
}
