public import ServiceLifecycle

/// A unit of behaviour the config turns on: a protocol adapter, a role, a southbound gateway,
/// a notifier.
///
/// A plugin is built by its ``PluginFactory`` with a ``PluginContext``. While being built it may
/// register port implementations in ``PluginContext/ports``; afterwards the host runs its
/// ``services`` in the one service group, and an HTTP edge may mount its routes (see
/// PlatformHTTP's `HTTPRouteContributor`).
public protocol Plugin: Sendable {
    /// Long-running work (workers, sync jobs) the host runs until shutdown. Default: none.
    var services: [any Service] { get }
}

extension Plugin {
    /// No long-running work.
    public var services: [any Service] { [] }
}
