import ArgumentParser
import Logging
import Metrics
import Prometheus

/// `roamwire serve`: runs the platform until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the platform: partner-facing and operator listeners, outbox delivery, plugins.",
        discussion: """
            Migrates the store on start. SIGTERM or SIGINT shut down gracefully: listeners stop \
            accepting and finish in-flight requests, the outbox worker finishes its batch.
            """)

    @OptionGroup var options: ConfigOption

    func run() async throws {
        let configuration = try options.load()
        let logging = configuration.logging
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler =
                switch logging.format {
                case .json: JSONLogHandler(label: label)
                case .text: StreamLogHandler.standardError(label: label)
                }
            handler.logLevel = logging.level
            return handler
        }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let logger = Logger(label: "roamwire")
        do {
            let deployment = try await Deployment.build(configuration, logger: logger, metrics: registry)
            logger.info("roamwire starting", metadata: ["config": "\(configuration.file)"])
            try await deployment.run()
            logger.info("roamwire stopped")
        } catch {
            logger.critical("roamwire cannot run", metadata: ["error": "\(error)"])
            printError("roamwire: \(error)")
            throw ExitCode(1)
        }
    }
}
