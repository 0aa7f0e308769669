import HTTPTypes
import Hummingbird
import PlatformHTTP

/// Answers requests to OCPI paths we do not serve with an OCPI envelope (HTTP 404), and methods an
/// endpoint does not support with 405, instead of an empty body.
struct UnknownEndpointRoutes {
    /// Paths that exist, with the methods they do not support.
    let unsupported: [(path: String, methods: [HTTPRequest.Method])]

    func add(to routes: RouterGroup<RoamwireRequestContext>) {
        for (path, methods) in unsupported {
            for method in methods {
                routes.on(RouterPath(path), method: method) { request, _ -> Response in
                    throw OCPIError.methodNotAllowed("\(request.method) is not supported on this endpoint")
                }
            }
        }
        for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
            routes.on("**", method: method) { request, _ -> Response in
                throw OCPIError.notFound("no OCPI endpoint at \(request.uri.path)")
            }
        }
    }
}
