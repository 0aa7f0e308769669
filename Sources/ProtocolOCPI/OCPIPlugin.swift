import AsyncHTTPClient
import Hummingbird
import Logging
import NIOSSL
public import PlatformCore
import PlatformHTTP
import ServiceLifecycle

/// The OCPI 2.2.1 adapter: versions, credentials (both directions of the handshake) and
/// hubclientinfo for partners; partner management for the operator.
struct OCPIPlugin: HTTPRouteContributor {
    let settings: OCPISettings
    let context: PluginContext
    let http: HTTPClient

    var services: [any Service] { [HTTPClientShutdown(client: http)] }

    func addRoutes(to routes: HTTPRoutes) {
        let access = PartnerAccess(store: context.store)
        let catalog = EndpointCatalog(baseURL: context.partnerBaseURL)
        let client = OCPIClient(http: http, policy: settings.clientPolicy, logger: context.logger)
        let credentials = CredentialsService(
            records: PartnerRecords(store: context.store, writer: context.writer), client: client,
            locks: PartnerLocks(),
            parties: context.parties, versionsURL: { catalog.versionsURL }, logger: context.logger)
        let ocpi = routes.partner.group("ocpi")
            .add(middleware: OCPITracingMiddleware())
            .add(middleware: OCPIErrorMiddleware())
        VersionsRoutes(access: access, catalog: catalog, versions: settings.offeredVersions).add(to: ocpi)
        CredentialsRoutes(access: access, service: credentials).add(to: ocpi)
        HubClientInfoRoutes(
            access: access, store: context.store, writer: context.writer, catalog: catalog,
            maxPageSize: settings.pageSize
        ).add(to: ocpi)
        UnknownEndpointRoutes(unsupported: [("\(PartnerAPI.supportedVersion)/credentials", [.patch])]).add(to: ocpi)
        PartnerRoutes(service: credentials, store: context.store, catalog: catalog).add(to: routes.operatorAPI)
    }
}

/// Shuts the plugin's HTTP client down when the host stops.
struct HTTPClientShutdown: Service {
    let client: HTTPClient

    func run() async throws {
        try? await gracefulShutdown()
        try await client.shutdown()
    }
}

extension PluginFactory {
    /// The OCPI 2.2.1 adapter, run when `protocols.ocpi.enabled` is true.
    public static let ocpi = PluginFactory(
        id: "ocpi", summary: "OCPI 2.2.1 adapter (peer-to-peer roaming)", configuration: OCPISettings.self,
        validate: { $0.problems() }
    ) { settings, context in
        var configuration = HTTPClient.Configuration()
        var tls = TLSConfiguration.makeClientConfiguration()
        if let bundle = settings.caBundle { tls.additionalTrustRoots = [.file(bundle)] }
        configuration.tlsConfiguration = tls
        configuration.timeout = .init(connect: .seconds(5))
        // OCPIClient retries whole calls itself; a refused connection should fail at once.
        configuration.connectionPool.retryConnectionEstablishment = false
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        return OCPIPlugin(settings: settings, context: context, http: http)
    }
}
