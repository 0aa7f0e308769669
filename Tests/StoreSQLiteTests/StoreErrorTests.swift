import Foundation
import GRDB
import PlatformCore
import RoamwireTesting
import StoreSQLite
import Testing

@Suite struct StoreErrorTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func directoryPathIsUnavailable() throws {
        let path = directory.url.path
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error?.code == .unavailable)
        let description = error?.description ?? ""
        #expect(description.contains(path))
        #expect(description.contains("directory"))
        #expect(!description.contains("\n"))
    }

    @Test func fileThatIsNotADatabaseIsUnavailable() throws {
        let path = directory.path("notes.txt")
        try Data(String(repeating: "this is not an SQLite database\n", count: 64).utf8).write(
            to: URL(fileURLWithPath: path))

        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error?.code == .unavailable)
        let description = error?.description ?? ""
        #expect(description.contains(path))
        #expect(description.contains("not a database"))
        #expect(!description.contains("\n"))
    }

    @Test(arguments: ["", ":memory:"])
    func pathThatIsNoFileIsRejected(path: String) {
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error?.code == .unavailable)
    }

    @Test func missingParentDirectoryIsCreated() async throws {
        let store = try SQLiteStore(path: directory.path("nested/deeper/roamwire.sqlite"))
        try await store.migrate()
        #expect(await store.readiness().isReady)
    }

    @Test func lockedDatabaseFailsWithLockedThenRecovers() async throws {
        let store = try await directory.migratedStore(busyTimeout: .milliseconds(100))
        try await store.commit(ChangeSet(documents: [.upsert(Note("LOC1"))]))
        let holder = try Self.exclusiveHolder(of: directory.path())

        let error = await #expect(throws: StoreError.self) {
            try await store.commit(ChangeSet(documents: [.upsert(Note("LOC2"))], outbox: [.push(key: "LOC2")]))
        }
        #expect(error?.code == .locked)
        #expect(error?.description.contains(directory.path()) == true)
        #expect(!(error?.description.contains("\n") ?? true))

        try await holder.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        try await store.commit(ChangeSet(documents: [.upsert(Note("LOC2"))], outbox: [.push(key: "LOC2")]))
        #expect(try await store.document(Note.self, owner: .abc, id: "LOC1") == Note("LOC1"))
        #expect(try await store.document(Note.self, owner: .abc, id: "LOC2") == Note("LOC2"))
        #expect(try await store.outboxDepth() == 1)
    }

    @Test func lockedDatabaseFailsToOpenWithLocked() throws {
        let path = directory.path()
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE held (x INTEGER)") }
        let holder = try Self.exclusiveHolder(of: path)
        defer { withExtendedLifetime(holder) {} }

        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path, busyTimeout: .milliseconds(100)) }
        #expect(error?.code == .locked)
        #expect(error?.description.contains(path) == true)
    }

    @Test func undecodableBodyIsACorruptDocument() async throws {
        let store = try await directory.migratedStore()
        try await DatabaseQueue(path: directory.path()).write { db in
            try db.execute(
                sql: """
                    INSERT INTO document (kind, owner, id, seq, last_updated, body)
                    VALUES ('location', 'DE*ABC', 'LOC9', 1, 0, CAST('{"text": 42}' AS BLOB))
                    """)
        }

        let read = await #expect(throws: StoreError.self) {
            try await store.document(Note.self, owner: .abc, id: "LOC9")
        }
        #expect(read?.code == .corruptDocument)
        #expect(read?.description.contains("location DE*ABC/LOC9") == true)
        let page = await #expect(throws: StoreError.self) {
            try await store.page(Note.self, query: PageQuery(limit: 10))
        }
        #expect(page?.code == .corruptDocument)
    }

    @Test func constraintViolationsReachTheCaller() async throws {
        let store = try await directory.migratedStore()
        let error = await #expect(throws: StoreError.self) {
            try await store.commit(ChangeSet(documents: [.upsert(Note(String(repeating: "x", count: 256)))]))
        }
        #expect(error?.code == .failed)
    }

    /// A second connection, outside the store, holding an exclusive transaction on `path`
    /// until it rolls back.
    private static func exclusiveHolder(of path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        return queue
    }
}
