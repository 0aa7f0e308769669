import Foundation
import PlatformCore
import RoamwireTesting
import StoreSQLite
import Testing

/// Every domain type survives commit and read unchanged, in a single read and in a page, and a
/// delete removes it.
@Suite struct DomainRoundTripTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test(arguments: [
        RoundTrip(DomainSamples.location()), RoundTrip(DomainSamples.tariff()), RoundTrip(DomainSamples.token()),
        RoundTrip(DomainSamples.session()), RoundTrip(DomainSamples.cdr()), RoundTrip(DomainSamples.command()),
        RoundTrip(DomainSamples.reservation()), RoundTrip(DomainSamples.chargingProfile()),
        RoundTrip(DomainSamples.partner()),
    ])
    func domainValueRoundTrips(_ sample: RoundTrip) async throws {
        try await sample.check(try await directory.migratedStore())
    }

    @Test func everyCommandKindAndRouteRoundTrips() async throws {
        let store = try await directory.migratedStore()
        let commands = DomainSamples.commands()
        try await store.commit(ChangeSet(documents: try commands.map { try .upsert($0) }))

        let page = try await store.page(Command.self, query: PageQuery(owner: DomainSamples.emspParty, limit: 1_000))
        #expect(page.items == commands)
        #expect(page.totalCount == commands.count)
    }
}

/// One sample value and the checks it must pass, typed so the test can run them on any kind.
struct RoundTrip: Sendable, CustomTestStringConvertible {
    let testDescription: String
    private let run: @Sendable (SQLiteStore) async throws -> Void

    init<Document: StoredDocument & Equatable>(_ value: Document) {
        testDescription = "\(Document.documentKind.rawValue) \(value.owner?.description ?? "-")/\(value.documentID)"
        run = { store in
            try await store.commit(ChangeSet(documents: [.upsert(value)]))
            #expect(try await store.document(Document.self, owner: value.owner, id: value.documentID) == value)
            let page = try await store.page(Document.self, query: PageQuery(owner: value.owner, limit: 10))
            #expect(page.items == [value])

            try await store.commit(
                ChangeSet(documents: [.delete(Document.self, owner: value.owner, id: value.documentID)]))
            #expect(try await store.document(Document.self, owner: value.owner, id: value.documentID) == nil)
            #expect(try await store.page(Document.self, query: PageQuery(limit: 10)).totalCount == 0)
        }
    }

    /// Commits, reads back, pages, deletes and reads again.
    func check(_ store: SQLiteStore) async throws {
        try await run(store)
    }
}
