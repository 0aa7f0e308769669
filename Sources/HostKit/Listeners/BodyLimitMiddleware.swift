import Hummingbird
import PlatformHTTP

/// Applies the listener's body limit: a declared `Content-Length` above it is refused with 413
/// before the body is read, and handlers decode at most that many bytes.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = RoamwireRequestContext

    let maxBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBytes {
            throw HTTPError(.contentTooLarge, message: "request body is larger than \(maxBytes) bytes")
        }
        var context = context
        context.maxUploadSize = maxBytes
        return try await next(request, context)
    }
}
