import PlatformCore

/// A config file that cannot be run, with every problem found in it.
struct ConfigurationError: Error, CustomStringConvertible {
    var problems: [ConfigProblem]

    var description: String { problems.map(\.description).joined(separator: "\n") }
}
