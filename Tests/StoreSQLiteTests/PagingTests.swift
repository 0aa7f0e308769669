import Foundation
import PlatformCore
import RoamwireTesting
import StoreSQLite
import Testing

@Suite struct PagingTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func crawlSeesEveryRowOnceUnderConcurrentInserts() async throws {
        let store = try await directory.migratedStore()
        let original = (0..<500).map { "OLD\($0)" }
        for batch in stride(from: 0, to: original.count, by: 50) {
            let notes = try original[batch..<(batch + 50)].map { try DocumentChange.upsert(Note($0)) }
            try await store.commit(ChangeSet(documents: notes))
        }

        @Sendable func insertMore() async throws {
            for index in 0..<300 {
                try await store.commit(ChangeSet(documents: [.upsert(Note("NEW\(index)"))]))
            }
        }
        async let inserting: Void = insertMore()
        var seen: [String] = []
        var query = PageQuery(limit: 37)
        while true {
            let page = try await store.page(Note.self, query: query)
            #expect(page.items.count <= 37)
            seen += page.items.map(\.documentID)
            guard let next = page.next else { break }
            query.after = next
        }
        try await inserting

        #expect(Set(seen).count == seen.count, "no document is returned twice")
        #expect(Set(original).isSubset(of: Set(seen)), "every document present from the start is returned")
        #expect(Array(seen.prefix(500)) == original, "in the order they last changed")
    }

    @Test func pagesCarryTotalCountAndEndWithoutCursor() async throws {
        let store = try await directory.migratedStore()
        try await store.commit(ChangeSet(documents: (1...5).map { try .upsert(Note("LOC\($0)")) }))

        let first = try await store.page(Note.self, query: PageQuery(limit: 2))
        #expect(first.items.map(\.documentID) == ["LOC1", "LOC2"])
        #expect(first.totalCount == 5)
        let second = try await store.page(Note.self, query: PageQuery(after: first.next, limit: 2))
        #expect(second.items.map(\.documentID) == ["LOC3", "LOC4"])
        #expect(second.totalCount == 5)
        let last = try await store.page(Note.self, query: PageQuery(after: second.next, limit: 2))
        #expect(last.items.map(\.documentID) == ["LOC5"])
        #expect(last.next == nil)

        let exact = try await store.page(Note.self, query: PageQuery(limit: 5))
        #expect(exact.items.count == 5)
        #expect(exact.next == nil, "a page that ends exactly at the last document has no next cursor")
    }

    @Test func dateFromIsInclusiveAndDateToExclusive() async throws {
        let store = try await directory.migratedStore()
        let times = (0..<4).map { Date.reference.addingTimeInterval(Double($0) * 60) }
        try await store.commit(
            ChangeSet(documents: try times.enumerated().map { try .upsert(Note("LOC\($0.offset)", at: $0.element)) }))

        let page = try await store.page(
            Note.self, query: PageQuery(updatedFrom: times[1], updatedBefore: times[3], limit: 10))
        #expect(page.items.map(\.documentID) == ["LOC1", "LOC2"])
        #expect(page.totalCount == 2)

        let from = try await store.page(Note.self, query: PageQuery(updatedFrom: times[3], limit: 10))
        #expect(from.items.map(\.documentID) == ["LOC3"])
        let before = try await store.page(Note.self, query: PageQuery(updatedBefore: times[0], limit: 10))
        #expect(before.items.isEmpty)
        #expect(before.totalCount == 0)
    }

    @Test func ownerFilterKeepsOnePartyAndKindsNeverMix() async throws {
        let store = try await directory.migratedStore()
        try await store.commit(
            ChangeSet(documents: [
                try .upsert(Note("A1", owner: .abc)), try .upsert(Note("X1", owner: .xyz)),
                try .upsert(Note("A2", owner: .abc)), try .upsert(Note("D1", owner: nil)),
                try .upsert(Memo(owner: .abc, documentID: "A1", lastUpdated: .reference)),
            ]))

        let abc = try await store.page(Note.self, query: PageQuery(owner: .abc, limit: 1))
        #expect(abc.items.map(\.documentID) == ["A1"])
        #expect(abc.totalCount == 2)
        let rest = try await store.page(Note.self, query: PageQuery(owner: .abc, after: abc.next, limit: 1))
        #expect(rest.items.map(\.documentID) == ["A2"])
        #expect(rest.next == nil)

        let all = try await store.page(Note.self, query: PageQuery(limit: 10))
        #expect(all.items.map(\.documentID) == ["A1", "X1", "A2", "D1"])
        #expect(all.items.last?.owner == nil)
        let memos = try await store.page(Memo.self, query: PageQuery(limit: 10))
        #expect(memos.totalCount == 1)
    }

    @Test func anUpdateKeepsItsPlaceAndNewDocumentsComeLast() async throws {
        let store = try await directory.migratedStore()
        try await store.commit(ChangeSet(documents: try ["LOC1", "LOC2", "LOC3"].map { try .upsert(Note($0)) }))
        let first = try await store.page(Note.self, query: PageQuery(limit: 2))
        #expect(first.items.map(\.documentID) == ["LOC1", "LOC2"])

        try await store.commit(ChangeSet(documents: [.upsert(Note("LOC1", text: "changed"))]))
        try await store.commit(ChangeSet(documents: [.upsert(Note("LOC3", text: "changed"))]))
        try await store.commit(ChangeSet(documents: [.delete(Note.self, owner: .abc, id: "LOC2")]))
        try await store.commit(ChangeSet(documents: [.upsert(Note("LOC4"))]))

        let rest = try await store.page(Note.self, query: PageQuery(after: first.next, limit: 10))
        #expect(rest.items.map(\.documentID) == ["LOC3", "LOC4"], "LOC1 changed before the cursor: not seen again")
        #expect(rest.items.first?.text == "changed")
        let all = try await store.page(Note.self, query: PageQuery(limit: 10))
        #expect(all.items.map(\.documentID) == ["LOC1", "LOC3", "LOC4"])
        #expect(all.totalCount == 3)
    }

    @Test(arguments: ["abc", "-1", "", "12abc", "99999999999999999999"])
    func malformedCursorIsRejected(cursor: String) async throws {
        let store = try await directory.migratedStore()
        let error = await #expect(throws: StoreError.self) {
            try await store.page(Note.self, query: PageQuery(after: PageCursor(rawValue: cursor), limit: 10))
        }
        #expect(error?.code == .invalidCursor)
    }
}
