import RoamwireTesting
import StoreSQLite

extension TemporaryDirectory {
    /// A store on a new file in this directory, migrated.
    func migratedStore(_ name: String = "roamwire.sqlite", busyTimeout: Duration = .seconds(5)) async throws
        -> SQLiteStore
    {
        let store = try SQLiteStore(path: path(name), busyTimeout: busyTimeout)
        try await store.migrate()
        return store
    }
}
