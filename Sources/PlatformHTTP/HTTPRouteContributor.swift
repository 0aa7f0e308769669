public import PlatformCore

/// A plugin that serves HTTP. The host calls ``addRoutes(to:)`` once, after every plugin has
/// been built, before the listeners start.
public protocol HTTPRouteContributor: Plugin {
    /// Adds this plugin's routes.
    func addRoutes(to routes: HTTPRoutes)
}
