import ArgumentParser
import PlatformCore

/// `roamwire check-config`: validates a config file without starting anything.
struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validate a config file and print every problem with file, key path and reason (exit 2 if any).")

    @OptionGroup var options: ConfigOption

    func run() throws {
        let configuration = try options.load()
        let parties = configuration.parties.map { "\($0.id) \($0.role.rawValue)" }.joined(separator: ", ")
        let plugins = configuration.plugins.map(\.factory.id.rawValue).joined(separator: ", ")
        print("\(configuration.file): OK — parties: \(parties); plugins: \(plugins)")
    }
}
