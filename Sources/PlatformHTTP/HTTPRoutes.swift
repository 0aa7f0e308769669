public import Hummingbird

/// The two route trees a plugin can add to: the partner-facing listener (protocol endpoints,
/// behind TLS) and the operator listener (operator API, behind the operator's API key).
public struct HTTPRoutes {
    /// Routes partners call, e.g. `/ocpi/versions`. Each adapter authenticates its own callers.
    public let partner: RouterGroup<RoamwireRequestContext>
    /// Routes under the operator listener, already behind the operator's bearer-key check,
    /// e.g. `/api/partners`.
    public let operatorAPI: RouterGroup<RoamwireRequestContext>

    /// Creates the pair; the host does this once per listener pair.
    public init(partner: RouterGroup<RoamwireRequestContext>, operatorAPI: RouterGroup<RoamwireRequestContext>) {
        self.partner = partner
        self.operatorAPI = operatorAPI
    }
}
