import Foundation
import Hummingbird
import Logging
import NIOCore
import PlatformCore
import PlatformHTTP

/// The one place where failures of operator API handlers become JSON error responses: domain
/// refusals and malformed bodies are the caller's mistakes (4xx), store failures are ours (503).
struct OperatorErrorMiddleware: RouterMiddleware {
    typealias Context = RoamwireRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as OperatorError {
            throw error
        } catch let error as DomainError {
            throw OperatorError(domain: error)
        } catch let error as DecodingError {
            let problem = ConfigProblem(decodingError: error, file: "", keyPath: "")
            throw OperatorError(
                status: .badRequest, code: "invalid_body", message: problem.reason, field: problem.keyPath)
        } catch let error as StoreError {
            context.logger.error("store failure in operator API", metadata: ["error": "\(error)"])
            throw OperatorError(status: .serviceUnavailable, code: "store_unavailable", message: "\(error.code)")
        } catch is NIOTooManyBytesError {
            throw OperatorError(status: .contentTooLarge, code: "http_413", message: "request body is too large")
        } catch let error as HTTPError {
            throw OperatorError(
                status: error.status, code: "http_\(error.status.code)",
                message: error.body ?? error.status.reasonPhrase)
        }
    }
}

extension OperatorError {
    init(domain error: DomainError) {
        let status: HTTPResponse.Status =
            switch error.code {
            case .notFound: .notFound
            case .unavailable: .conflict
            case .partnerFailed: .badGateway
            default: .unprocessableContent
            }
        self.init(status: status, code: "\(error.code)", message: error.reason, field: error.field)
    }
}
