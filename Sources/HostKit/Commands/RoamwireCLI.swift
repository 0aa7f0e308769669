public import ArgumentParser
import Foundation

/// The `roamwire` command line: the executable's `@main` type uses this configuration.
public enum RoamwireCLI {
    /// The root command: its help text and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "roamwire",
        abstract: "EV roaming for operators that are CPO and eMSP at once (OCPI 2.2.1, OICP 2.3).",
        discussion: """
            Exit status: 0 ok; 2 the config file has problems (each printed with file, key path and \
            reason); 1 any other failure (port in use, store unreadable), with a one-line cause.
            """,
        subcommands: [ServeCommand.self, MigrateCommand.self, CheckConfigCommand.self, PartnersCommand.self],
        defaultSubcommand: nil
    )
}

/// The `--config` option every command shares.
struct ConfigOption: ParsableArguments {
    @Option(name: .shortAndLong, help: "The deployment's YAML config file.")
    var config: String = "config/roamwire.yaml"

    /// Loads the config or exits with status 2 after printing every problem.
    func load() throws -> DeploymentConfiguration {
        do {
            return try ConfigLoader().load(file: config)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }
}

/// Prints one line (or several) to standard error.
func printError(_ text: String) {
    var standardError = StandardError()
    print(text, to: &standardError)
}

private struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
