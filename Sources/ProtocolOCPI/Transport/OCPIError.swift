import Foundation
import HTTPTypes
import Hummingbird
import PlatformCore

/// A refusal answered in the OCPI envelope: the HTTP status, the OCPI status code and a message
/// for the partner's logs. Authenticated, well-formed requests get HTTP 200 with a 2xxx/3xxx code;
/// authentication failures 401, malformed JSON 400, wrong credentials lifecycle 405.
struct OCPIError: Error, HTTPResponseError, CustomStringConvertible {
    var status: HTTPResponse.Status
    var code: OCPIStatusCode
    var message: String

    var description: String { "OCPI \(code.rawValue) (HTTP \(status.code)): \(message)" }

    static func unauthorized(_ message: String = "missing, unknown or insufficient credentials token") -> Self {
        OCPIError(status: .unauthorized, code: .clientError, message: message)
    }

    static func invalidJSON(_ message: String) -> Self {
        OCPIError(status: .badRequest, code: .clientError, message: message)
    }

    static func invalidParameters(_ message: String) -> Self {
        OCPIError(status: .ok, code: .invalidParameters, message: message)
    }

    static func methodNotAllowed(_ message: String) -> Self {
        OCPIError(status: .methodNotAllowed, code: .clientError, message: message)
    }

    static func notFound(_ message: String) -> Self {
        OCPIError(status: .notFound, code: .clientError, message: message)
    }

    static func serverError(_ code: OCPIStatusCode, _ message: String) -> Self {
        OCPIError(status: .ok, code: code, message: message)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = OCPIResponse<String>(data: nil, statusCode: code.rawValue, statusMessage: message, timestamp: Date())
        return try OCPIJSON.response(body, status: status)
    }
}
