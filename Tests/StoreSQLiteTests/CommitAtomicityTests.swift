import Foundation
import PlatformCore
import RoamwireTesting
import StoreSQLite
import Testing

/// An outbox message exists if and only if the change that caused it was committed.
@Suite struct CommitAtomicityTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func committedChangeHasItsOutboxMessage() async throws {
        let store = try await directory.migratedStore()
        try await store.commit(ChangeSet(documents: [.upsert(Note("LOC1"))], outbox: [.push(key: "LOC1", "first")]))

        #expect(try await store.document(Note.self, owner: .abc, id: "LOC1") == Note("LOC1"))
        let entries = try await store.outboxEntries(limit: 10)
        #expect(entries.map(\.orderingKey) == ["LOC1"])
        #expect(entries.first?.state == .pending)
        #expect(entries.first?.attempts == 0)
    }

    @Test func failingDocumentChangeLeavesNeitherDocumentNorMessage() async throws {
        let store = try await directory.migratedStore()
        let changes = ChangeSet(
            documents: [try .upsert(Note("LOC1")), try .upsert(Note(""))],  // empty ids violate a CHECK
            outbox: [.push(key: "LOC1")])

        let error = await #expect(throws: StoreError.self) { try await store.commit(changes) }
        #expect(error?.code == .failed)
        #expect(error?.description.contains("CHECK constraint failed") == true)

        #expect(try await store.document(Note.self, owner: .abc, id: "LOC1") == nil)
        #expect(try await store.outboxDepth() == 0)
        #expect(try await store.outboxEntries(limit: 10).isEmpty)
    }

    @Test func failingOutboxMessageLeavesNeitherDocumentNorMessage() async throws {
        let store = try await directory.migratedStore()
        let changes = ChangeSet(
            documents: [try .upsert(Note("LOC1"))],
            outbox: [.push(key: "LOC1"), .push(key: "LOC1", channel: "")])  // empty channels violate a CHECK

        await #expect(throws: StoreError.self) { try await store.commit(changes) }

        #expect(try await store.document(Note.self, owner: .abc, id: "LOC1") == nil)
        #expect(try await store.outboxDepth() == 0)
    }

    @Test func deleteAndUpsertApplyInOrderInOneCommit() async throws {
        let store = try await directory.migratedStore()
        try await store.commit(ChangeSet(documents: [.upsert(Note("LOC1")), .upsert(Note("LOC2"))]))

        try await store.commit(
            ChangeSet(documents: [
                .delete(Note.self, owner: .abc, id: "LOC1"), try .upsert(Note("LOC2", text: "v2")),
                .delete(Note.self, owner: .abc, id: "LOC2"), try .upsert(Note("LOC2", text: "v3")),
            ]))

        #expect(try await store.document(Note.self, owner: .abc, id: "LOC1") == nil)
        #expect(try await store.document(Note.self, owner: .abc, id: "LOC2")?.text == "v3")
    }
}
