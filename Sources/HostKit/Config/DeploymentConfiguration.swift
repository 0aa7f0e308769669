import Logging
import PlatformCore

/// One deployment's configuration, validated: what `roamwire serve` runs.
struct DeploymentConfiguration: Sendable {
    /// The file it was read from.
    var file: String
    /// Our own parties.
    var parties: [Party]
    /// The partner-facing and operator listeners.
    var listeners: ListenersConfiguration
    /// Where data lives.
    var storage: StorageConfiguration
    /// Partners declared in the file (more can be added at run time).
    var partners: [DeclaredPartner]
    /// Plugins to build, in order: built-in protocol adapters and roles first, then the
    /// integrator plugins the file lists.
    var plugins: [PluginSelection]
    /// Log level and format.
    var logging: LoggingConfiguration
    /// Outbox worker tuning.
    var outbox: OutboxWorker.Configuration
}

/// A plugin the config turns on, with its config block.
struct PluginSelection: Sendable {
    var factory: PluginFactory
    var block: PluginConfigBlock
}

/// A partner declared in the config file.
struct DeclaredPartner: Sendable, Hashable {
    var id: PartnerID
    var name: String
    var roamingProtocol: RoamingProtocol
}

/// Log level and line format.
struct LoggingConfiguration: Sendable, Hashable {
    enum Format: String, Sendable, Hashable, CaseIterable {
        case text
        case json
    }

    var level: Logger.Level = .info
    var format: Format = .text
}

/// Where data lives.
enum StorageConfiguration: Sendable, Hashable {
    /// One SQLite file (relative paths are relative to the working directory).
    case sqlite(path: String)
}
