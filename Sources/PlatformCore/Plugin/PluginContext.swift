public import Logging

/// What a plugin gets from the host when it is built.
public struct PluginContext: Sendable {
    /// The plugin's own name, as the config selected it.
    public let pluginID: PluginID
    /// Our own parties (country code, party id, role), as the config lists them.
    public let parties: [Party]
    /// The store, shared by all plugins.
    public let store: any Store
    /// The in-process event bus: every committed domain change, as it happens.
    public let events: EventBus
    /// Where plugins register and find port implementations.
    public let ports: Ports
    /// Records domain changes with their outbox messages and publishes their events.
    public let writer: DomainWriter
    /// A logger with the plugin's name in its metadata (`roamwire.plugin`).
    public let logger: Logger
    /// The base URL partners reach us at, e.g. `https://roaming.example.com`, without a trailing
    /// slash. Read it when needed: with port 0 it is known only once the listener runs.
    public let partnerBaseURL: @Sendable () -> String

    /// Creates a context; the host does this once per plugin.
    public init(
        pluginID: PluginID, parties: [Party], store: any Store, events: EventBus, ports: Ports,
        writer: DomainWriter, logger: Logger, partnerBaseURL: @escaping @Sendable () -> String
    ) {
        self.partnerBaseURL = partnerBaseURL
        self.pluginID = pluginID
        self.parties = parties
        self.store = store
        self.events = events
        self.ports = ports
        self.writer = writer
        var logger = logger
        logger[metadataKey: "roamwire.plugin"] = "\(pluginID)"
        self.logger = logger
    }
}
