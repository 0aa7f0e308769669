public import Hummingbird

/// The two route trees a plugin can add to: the partner-facing listener (protocol endpoints,
/// behind TLS) and the operator listener (operator API, behind the operator's API key).
public struct HTTPRoutes: Sendable {
    /// Routes partners call, e.g. `/ocpi/versions`. Each adapter authenticates its own callers.
    public let partner: RouterGroup<RoamwireRequestContext>
    /// Routes under the operator listener, already behind the operator's bearer-key check,
    /// e.g. `/api/partners`.
    public let operatorAPI: RouterGroup<RoamwireRequestContext>
    /// The partner-facing listener's public base URL, e.g. `https://roaming.example.com`, without a
    /// trailing slash: what adapters put into URLs they hand to partners. Read it per request:
    /// with port 0 it is known only once the listener runs.
    public let partnerBaseURL: @Sendable () -> String

    /// Creates the pair; the host does this once per listener pair.
    public init(
        partner: RouterGroup<RoamwireRequestContext>, operatorAPI: RouterGroup<RoamwireRequestContext>,
        partnerBaseURL: @escaping @Sendable () -> String
    ) {
        self.partner = partner
        self.operatorAPI = operatorAPI
        self.partnerBaseURL = partnerBaseURL
    }
}
