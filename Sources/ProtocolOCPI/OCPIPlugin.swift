public import PlatformCore
import PlatformHTTP

/// The OCPI 2.2.1 adapter: serves OCPI endpoints to partners.
struct OCPIPlugin: HTTPRouteContributor {
    let settings: OCPISettings

    func addRoutes(to routes: HTTPRoutes) {
        VersionsRoutes(versions: settings.offeredVersions, baseURL: routes.partnerBaseURL).add(to: routes.partner)
    }
}

extension PluginFactory {
    /// The OCPI 2.2.1 adapter, run when `protocols.ocpi.enabled` is true.
    public static let ocpi = PluginFactory(
        id: "ocpi", summary: "OCPI 2.2.1 adapter (peer-to-peer roaming)", configuration: OCPISettings.self,
        validate: { $0.problems() }
    ) { settings, _ in
        OCPIPlugin(settings: settings)
    }
}
