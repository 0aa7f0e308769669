import Hummingbird
import PlatformHTTP

/// Applies the listener's body limit: handlers collect at most that many bytes, and a larger body
/// is refused with 413 in the route's own error format (operator JSON or OCPI envelope).
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = RoamwireRequestContext

    let maxBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        context.maxUploadSize = maxBytes
        return try await next(request, context)
    }
}
