import Foundation
import Hummingbird

/// An operator API error: HTTP status and the JSON body `{"error": CODE, "message": TEXT, "field": PATH}`.
struct OperatorError: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var field: String?

    private struct Body: Encodable {
        var error: String
        var message: String
        var field: String?
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONEncoder().encode(Body(error: code, message: message, field: field))
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
