import ArgumentParser
import PlatformCore
import StoreSQLite

/// `roamwire migrate`: creates or upgrades the store's schema and exits.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the store's schema, then exit (serve also migrates on start).")

    @OptionGroup var options: ConfigOption

    func run() async throws {
        let configuration = try options.load()
        do {
            switch configuration.storage {
            case .sqlite(let path):
                try await SQLiteStore(path: path).migrate()
                print("store \(path): schema is current")
            }
        } catch {
            printError("roamwire: \(error)")
            throw ExitCode(1)
        }
    }
}
