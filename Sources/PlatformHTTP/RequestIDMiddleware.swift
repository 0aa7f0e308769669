import Foundation
public import HTTPTypes
public import Hummingbird
import Logging

/// Gives every request an id: the caller's `X-Request-ID` when it sends one, a new UUID
/// otherwise. The id goes into every log line of the request (`request.id`) and back to the
/// caller in the response's `X-Request-ID`.
public struct RequestIDMiddleware: RouterMiddleware {
    public typealias Context = RoamwireRequestContext

    /// The `X-Request-ID` header.
    public static let header = HTTPField.Name("X-Request-ID")!

    /// Creates the middleware.
    public init() {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        let supplied = request.headers[Self.header].flatMap { $0.isEmpty || $0.count > 255 ? nil : $0 }
        context.requestID = supplied ?? UUID().uuidString
        context.logger[metadataKey: "request.id"] = "\(context.requestID)"
        do {
            var response = try await next(request, context)
            response.headers[Self.header] = context.requestID
            return response
        } catch let error as any HTTPResponseError {
            var response = try error.response(from: request, context: context)
            response.headers[Self.header] = context.requestID
            return response
        }
    }
}
