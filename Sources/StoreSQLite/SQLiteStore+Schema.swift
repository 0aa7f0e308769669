import GRDB
import Logging
public import PlatformCore

extension SQLiteStore {
    /// Applies the migrations this build knows and the database lacks, each in its own
    /// transaction. Safe to call on every start; a no-op on a current database.
    /// - Throws: `StoreError` with code `.schemaTooNew` when a newer build has already migrated
    ///   the database, or the error of the failed migration.
    public func migrate() async throws {
        let state = try await read("check schema version") { db in try self.schemaState(db) }
        if let error = state.tooNew(operation: "migrate \(path)") { throw error }
        if state.isCurrent { return }
        do {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                migrator.asyncMigrate(pool) { result in
                    continuation.resume(with: result.map { _ in () })
                }
            }
        } catch {
            throw StoreError.wrapping(error, operation: "migrate \(path)", path: path)
        }
        logger.info(
            "migrated SQLite store",
            metadata: ["store.migrations.applied": "\(state.missing.joined(separator: ","))"])
    }

    /// Whether a trivial query answers and every migration this build knows, and no other,
    /// has been applied.
    public func readiness() async -> StoreReadiness {
        let state: SchemaState
        do {
            state = try await read("check readiness") { db in
                _ = try Int.fetchOne(db, sql: "SELECT 1")
                return try self.schemaState(db)
            }
        } catch {
            return StoreReadiness(reachable: false, migrationsCurrent: false, problem: "\(error)")
        }
        if let error = state.tooNew(operation: "check readiness of \(path)") {
            return StoreReadiness(reachable: true, migrationsCurrent: false, problem: error.description)
        }
        if !state.isCurrent {
            return StoreReadiness(
                reachable: true, migrationsCurrent: false,
                problem: "migrations not applied yet: \(state.missing.joined(separator: ", "))")
        }
        return StoreReadiness(reachable: true, migrationsCurrent: true)
    }

    /// Where the database stands against this build's migrations.
    struct SchemaState: Sendable {
        /// Applied migrations this build does not know (a newer build ran).
        var unknown: [String]
        /// Known migrations not applied yet.
        var missing: [String]
        /// Every known migration is complete.
        var isCurrent: Bool

        /// The error for a database that a newer build has migrated, `nil` otherwise.
        func tooNew(operation: String) -> StoreError? {
            if unknown.isEmpty { return nil }
            return StoreError(
                code: .schemaTooNew, operation: operation,
                reason: "the database has migrations this build does not know: \(unknown.joined(separator: ", "))")
        }
    }

    private func schemaState(_ db: Database) throws -> SchemaState {
        let applied = try migrator.appliedIdentifiers(db)
        let known = migrator.migrations
        return SchemaState(
            unknown: applied.subtracting(known).sorted(),
            missing: known.filter { !applied.contains($0) },
            isCurrent: try migrator.hasCompletedMigrations(db))
    }
}
