/// The module endpoints we announce in our 2.2.1 version details: the configuration modules
/// (the functional modules will add themselves, per role our parties play, as they land).
struct EndpointCatalog: Sendable {
    /// Our partner-facing base URL (without trailing slash).
    let baseURL: @Sendable () -> String

    var versionsURL: String { "\(baseURL())/ocpi/versions" }
    var versionDetailsURL: String { "\(baseURL())/ocpi/\(PartnerAPI.supportedVersion)" }

    /// URL of a role-neutral module, e.g. `.../ocpi/2.2.1/credentials`.
    func url(_ module: String) -> String { "\(versionDetailsURL)/\(module)" }

    var endpoints: [OCPIEndpoint] {
        [
            OCPIEndpoint(identifier: .credentials, role: .sender, url: url("credentials")),
            OCPIEndpoint(identifier: .hubclientinfo, role: .receiver, url: url("hubclientinfo")),
            OCPIEndpoint(identifier: .hubclientinfo, role: .sender, url: url("hubclientinfo")),
        ]
    }
}
