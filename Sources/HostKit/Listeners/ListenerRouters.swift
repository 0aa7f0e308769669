import Hummingbird
import Logging
import PlatformHTTP
import ServiceLifecycle

/// The routers of the two listeners, with the middleware every request passes: request id,
/// metrics, body limit; on the operator side also the API-key check and JSON errors for `/api`.
struct ListenerRouters {
    static let partnerName = "partner"
    static let operatorName = "operator"

    let configuration: ListenersConfiguration
    let partner = Router(context: RoamwireRequestContext.self)
    let operatorRoot = Router(context: RoamwireRequestContext.self)
    /// `/metrics` and friends: behind the API key.
    let operatorProtected: RouterGroup<RoamwireRequestContext>
    /// `/api/...`: behind the API key, errors as JSON.
    let operatorAPI: RouterGroup<RoamwireRequestContext>

    init(configuration: ListenersConfiguration) {
        self.configuration = configuration
        for (router, listener) in [
            (partner, configuration.partner), (operatorRoot, configuration.operatorListener.listener),
        ] {
            router.add(middleware: RequestIDMiddleware())
            router.add(middleware: MetricsMiddleware())
            router.add(middleware: BodyLimitMiddleware(maxBytes: listener.maxBodyBytes))
        }
        operatorProtected = operatorRoot.group()
            .add(middleware: OperatorAuthMiddleware(keys: configuration.operatorListener.apiKeys))
        operatorAPI = operatorProtected.group("api").add(middleware: OperatorErrorMiddleware())
    }

    /// The two listener services.
    func applications(logger: Logger, onListening: @escaping ListenerBuilder.OnListening) throws -> [any Service] {
        [
            ListenerService(
                name: Self.operatorName, configuration: configuration.operatorListener.listener,
                application: try ListenerBuilder.application(
                    name: Self.operatorName, configuration: configuration.operatorListener.listener,
                    router: operatorRoot, logger: logger, onListening: onListening)),
            ListenerService(
                name: Self.partnerName, configuration: configuration.partner,
                application: try ListenerBuilder.application(
                    name: Self.partnerName, configuration: configuration.partner, router: partner, logger: logger,
                    onListening: onListening)),
        ]
    }
}

/// Runs one listener and names it when it fails (e.g. its port is taken).
struct ListenerService<Application: ApplicationProtocol>: Service {
    let name: String
    let configuration: ListenerConfiguration
    let application: Application

    func run() async throws {
        do {
            try await application.run()
        } catch {
            throw StartupError(
                "\(name) listener cannot serve on \(configuration.host):\(configuration.port): \(error)")
        }
    }
}
