import Foundation
import GRDB
public import Logging
public import PlatformCore

/// The embedded store: one SQLite file in WAL mode, reached through a GRDB `DatabasePool`
/// (one writer, concurrent readers), with versioned migrations and the durable outbox.
///
/// Every method of ``Store`` runs as one SQLite transaction. Open the store, then migrate it
/// before first use:
///
/// ```swift
/// let store = try SQLiteStore(path: "/var/lib/roamwire/roamwire.sqlite", logger: logger)
/// try await store.migrate()
/// try await store.commit(ChangeSet(documents: [.upsert(location)], outbox: [push]))
/// ```
///
/// Failures surface as `StoreError`: `.unavailable` when the file cannot be opened or is not a
/// database, `.locked` when another process holds it longer than the busy timeout,
/// `.schemaTooNew` when a newer build has migrated it, `.failed` otherwise.
public final class SQLiteStore: Store {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    let migrator: DatabaseMigrator
    let logger: Logger

    /// Opens (creating if needed) the database file at `path`, and its parent directory.
    ///
    /// Opening does not touch the schema: call ``migrate()`` before first use.
    /// - Parameters:
    ///   - path: the database file, e.g. `/var/lib/roamwire/roamwire.sqlite`.
    ///   - busyTimeout: how long an operation waits for a lock held by another connection
    ///     before it fails with `StoreError.Code.locked`.
    ///   - logger: where the store reports what it does (default: the task-local logger).
    /// - Throws: `StoreError` (`.unavailable`, `.locked` or `.failed`) naming the path and the
    ///   cause, e.g. when `path` is a directory or a file that is not an SQLite database.
    public init(path: String, busyTimeout: Duration = .seconds(5), logger: Logger = Logger.current) throws {
        self.path = path
        self.migrator = SQLiteMigrations.migrator
        var logger = logger
        logger[metadataKey: "store.path"] = "\(path)"
        self.logger = logger
        let operation = "open SQLite database \(path)"
        if path.isEmpty || path == ":memory:" {
            throw StoreError(code: .unavailable, operation: operation, reason: "the store needs a database file path")
        }
        do {
            try Self.createParentDirectory(of: path, operation: operation)
            var configuration = Configuration()
            configuration.label = "roamwire.store"
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(SQLiteTime.seconds(busyTimeout))
            self.pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.wrapping(error, operation: operation, path: path)
        }
        logger.debug("opened SQLite store")
    }

    private static func createParentDirectory(of path: String, operation: String) throws {
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw StoreError(
                code: .unavailable, operation: operation,
                reason: "cannot create directory \(parent.path): \(error.localizedDescription)")
        }
    }

    /// Runs `updates` in one write transaction, reporting failures as `StoreError`.
    func write<T: Sendable>(_ operation: String, _ updates: @Sendable (Database) throws -> T)
        async throws -> T
    {
        do {
            return try await pool.write(updates)
        } catch {
            throw StoreError.wrapping(error, operation: "\(operation) in \(path)", path: path)
        }
    }

    /// Runs `value` in one read transaction (a consistent snapshot), reporting failures as
    /// `StoreError`.
    func read<T: Sendable>(_ operation: String, _ value: @Sendable (Database) throws -> T)
        async throws -> T
    {
        do {
            return try await pool.read(value)
        } catch {
            throw StoreError.wrapping(error, operation: "\(operation) in \(path)", path: path)
        }
    }
}
