import Foundation
import Hummingbird
import Logging
import PlatformHTTP

/// Every OCPI request gets a correlation id: the caller's `X-Correlation-ID` or a new UUID. It
/// goes into the logs (`ocpi.correlation_id`), back to the caller, and into every request we make
/// on the caller's behalf. (`X-Request-ID` is echoed by the listener for every route.)
struct OCPITracingMiddleware: RouterMiddleware {
    typealias Context = RoamwireRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        let supplied = request.headers[OCPIHeaders.correlationID].flatMap { $0.isEmpty || $0.count > 255 ? nil : $0 }
        let correlationID = supplied ?? UUID().uuidString
        context.logger[metadataKey: OCPIHeaders.correlationMetadata] = "\(correlationID)"
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[OCPIHeaders.correlationID] = correlationID
        return response
    }
}

extension RoamwireRequestContext {
    /// The OCPI correlation id of the request being handled.
    var correlationID: String? { logger[metadataKey: OCPIHeaders.correlationMetadata]?.description }
}
