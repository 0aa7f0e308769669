import Foundation
import Hummingbird
import Logging
import NIOCore
import PlatformCore
import PlatformHTTP

/// The one place where failures of OCPI handlers become OCPI envelopes: malformed JSON → HTTP 400,
/// well-formed JSON with wrong content → 2001, oversized bodies → 413, anything unexpected →
/// 3000 (logged with the request id, never a crash).
struct OCPIErrorMiddleware: RouterMiddleware {
    typealias Context = RoamwireRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as OCPIError {
            context.logger.info(
                "OCPI request refused",
                metadata: ["ocpi.status": "\(error.code.rawValue)", "reason": "\(error.message)"])
            throw error
        } catch let error as DecodingError {
            throw Self.translate(error)
        } catch is NIOTooManyBytesError {
            throw OCPIError(status: .contentTooLarge, code: .clientError, message: "request body is too large")
        } catch let error as HTTPError {
            throw OCPIError(status: error.status, code: .clientError, message: error.body ?? error.status.reasonPhrase)
        } catch let error as DomainError {
            throw OCPIError.invalidParameters(error.reason)
        } catch {
            context.logger.error("OCPI request failed", metadata: ["error": "\(error)"])
            throw OCPIError.serverError(.serverError, "internal error; quote the X-Request-ID when reporting it")
        }
    }

    /// JSON that does not parse is a 400; JSON with missing or wrong fields is OCPI 2001.
    static func translate(_ error: DecodingError) -> OCPIError {
        let problem = ConfigProblem(decodingError: error, file: "", keyPath: "")
        if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
            return .invalidJSON("request body is not valid JSON")
        }
        return .invalidParameters("\(problem.keyPath.isEmpty ? "body" : problem.keyPath): \(problem.reason)")
    }
}
