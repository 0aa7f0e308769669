import Foundation
import StoreSQLite

/// A fresh directory under the system temporary directory, removed when the value goes away.
/// Each test makes its own, so tests never share a database file.
final class TemporaryDirectory: Sendable {
    /// The directory.
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("roamwire-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the directory.
    func path(_ name: String = "roamwire.sqlite") -> String {
        url.appendingPathComponent(name).path
    }

    /// A store on a new file in this directory, migrated.
    func migratedStore(_ name: String = "roamwire.sqlite", busyTimeout: Duration = .seconds(5)) async throws
        -> SQLiteStore
    {
        let store = try SQLiteStore(path: path(name), busyTimeout: busyTimeout)
        try await store.migrate()
        return store
    }
}
