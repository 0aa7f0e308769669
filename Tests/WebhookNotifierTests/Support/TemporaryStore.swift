import Foundation
import Logging
import PlatformCore
import StoreSQLite

/// A real SQLite store on a file in a fresh temporary directory, removed when the value goes
/// away. Each test makes its own, so tests never share a database file.
final class TemporaryStore: Sendable {
    /// The directory holding the database file.
    let directory: URL
    /// The store; migrated unless created with `migrated: false`.
    let store: SQLiteStore

    init(migrated: Bool = true) async throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("roamwire-webhook-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStore(path: directory.appendingPathComponent("roamwire.sqlite").path, logger: .quiet)
        if migrated { try await store.migrate() }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }
}

extension Logger {
    /// A logger that prints only critical messages, so that expected failures do not clutter the
    /// test output.
    static var quiet: Logger {
        var logger = Logger(label: "roamwire.tests")
        logger.logLevel = .critical
        return logger
    }
}
