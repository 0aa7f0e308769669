import GRDB
import PlatformCore
import RoamwireTesting
import StoreSQLite
import Testing

@Suite struct MigrationTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func freshFileIsNotReadyUntilMigrated() async throws {
        let store = try SQLiteStore(path: directory.path())

        let before = await store.readiness()
        #expect(before.reachable)
        #expect(!before.migrationsCurrent)
        #expect(before.problem?.contains("v1-documents") == true)

        try await store.migrate()
        let after = await store.readiness()
        #expect(after.isReady)
        #expect(after.problem == nil)
    }

    @Test func migratingTwiceIsANoOp() async throws {
        let store = try await directory.migratedStore()
        try await store.commit(ChangeSet(documents: [.upsert(Note("LOC1"))], outbox: [.push(key: "LOC1")]))

        try await store.migrate()
        let reopened = try SQLiteStore(path: directory.path())
        try await reopened.migrate()

        #expect(await reopened.readiness().isReady)
        #expect(try await reopened.document(Note.self, owner: .abc, id: "LOC1") == Note("LOC1"))
        #expect(try await reopened.outboxDepth() == 1)
        let applied = try await DatabaseQueue(path: directory.path()).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(applied == ["v1-documents", "v1-outbox"])
    }

    @Test func unknownMigrationMeansSchemaTooNew() async throws {
        _ = try await directory.migratedStore()
        try await DatabaseQueue(path: directory.path()).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
        }

        let store = try SQLiteStore(path: directory.path())
        let readiness = await store.readiness()
        #expect(readiness.reachable)
        #expect(!readiness.migrationsCurrent)
        #expect(readiness.problem?.contains("v9-from-the-future") == true)

        let error = await #expect(throws: StoreError.self) { try await store.migrate() }
        #expect(error?.code == .schemaTooNew)
        #expect(error?.description.contains("v9-from-the-future") == true)
    }
}
