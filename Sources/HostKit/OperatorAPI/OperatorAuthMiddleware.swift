import Hummingbird
import Logging
import PlatformHTTP

/// Lets a request through only with `Authorization: Bearer <key>` naming one of the configured
/// operator API keys. Keys are compared in constant time, all of them every time.
struct OperatorAuthMiddleware: RouterMiddleware {
    typealias Context = RoamwireRequestContext

    let keys: [[UInt8]]

    init(keys: [String]) {
        self.keys = keys.map { Array($0.utf8) }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
            matches(Array(header.dropFirst("Bearer ".count).utf8))
        else {
            context.logger.notice("operator API request refused: missing or wrong API key")
            throw OperatorError(
                status: .unauthorized, code: "unauthorized", message: "send Authorization: Bearer <operator API key>")
        }
        return try await next(request, context)
    }

    private func matches(_ candidate: [UInt8]) -> Bool {
        var found = false
        for key in keys {
            var difference = UInt8(key.count == candidate.count ? 0 : 1)
            for index in 0..<key.count {
                difference |= key[index] ^ (index < candidate.count ? candidate[index] : 0)
            }
            found = found || difference == 0
        }
        return found
    }
}
