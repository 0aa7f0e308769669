import Foundation
import Hummingbird
import Logging
import PlatformCore
import PlatformHTTP
import Prometheus
import ServiceLifecycle
import StoreSQLite
import UnixSignals

/// A deployment built from its configuration: store, plugins, listeners and workers, ready to
/// run as one service group.
struct Deployment: Sendable {
    let configuration: DeploymentConfiguration
    let store: any Store
    let events: EventBus
    let services: [any Service]
    let logger: Logger

    /// Opens and migrates the store, builds every selected plugin, mounts their routes and
    /// prepares the listeners.
    /// - Parameter onListening: told each listener's name and bound URL once it accepts connections.
    static func build(
        _ configuration: DeploymentConfiguration,
        logger: Logger,
        metrics: PrometheusCollectorRegistry,
        onListening: @escaping ListenerBuilder.OnListening = { _, _ in }
    ) async throws -> Deployment {
        let store = try await openStore(configuration.storage, logger: logger)
        let ports = Ports()
        let events = EventBus()
        let signal = OutboxSignal()
        let writer = DomainWriter(store: store, ports: ports, events: events, outboxSignal: signal)
        try await DeclaredPartners(store: store, writer: writer).record(configuration.partners)

        let partnerURL = BoundURL(configured: configuration.listeners.partner.publicURL)
        var plugins: [any Plugin] = []
        for selection in configuration.plugins {
            let context = PluginContext(
                pluginID: selection.factory.id, parties: configuration.parties, store: store, events: events,
                ports: ports, writer: writer, logger: logger, partnerBaseURL: { partnerURL.value })
            do {
                plugins.append(try await selection.factory.makePlugin(block: selection.block, context: context))
            } catch {
                throw StartupError("plugin '\(selection.factory.id)' failed to start: \(error)")
            }
            logger.info("plugin started", metadata: ["roamwire.plugin": "\(selection.factory.id)"])
        }

        let routers = ListenerRouters(configuration: configuration.listeners)
        ProbeRoutes(store: store, metrics: metrics).add(to: routers)
        NetworkRoutes(ports: ports, store: store).add(to: routers.operatorAPI)
        OpenAPIRoute().add(to: routers.operatorRoot)
        let routes = HTTPRoutes(
            partner: routers.partner.group(), operatorAPI: routers.operatorAPI)
        for case let contributor as any HTTPRouteContributor in plugins {
            contributor.addRoutes(to: routes)
        }

        let listeners = try routers.applications(logger: logger) { name, url in
            if name == ListenerRouters.partnerName { partnerURL.bind(url) }
            await onListening(name, url)
        }
        let worker = OutboxWorker(
            store: store, ports: ports, signal: signal, configuration: configuration.outbox,
            logger: logger)
        return Deployment(
            configuration: configuration, store: store, events: events,
            services: [worker] + plugins.flatMap(\.services) + listeners, logger: logger)
    }

    /// Runs until SIGTERM or SIGINT, then shuts down in reverse order: listeners stop accepting
    /// and finish in-flight requests, plugin services stop, the outbox worker finishes its batch.
    func run() async throws {
        let group = ServiceGroup(
            configuration: .init(
                services: services.map { .init(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        defer { events.finish() }
        try await group.run()
    }

    private static func openStore(_ storage: StorageConfiguration, logger: Logger) async throws -> any Store {
        switch storage {
        case .sqlite(let path):
            let store = try SQLiteStore(path: path, logger: logger)
            try await store.migrate()
            return store
        }
    }
}

/// A failure while starting, with a one-line cause.
struct StartupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
