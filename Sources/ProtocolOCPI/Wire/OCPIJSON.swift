import Foundation
import Hummingbird
import PlatformCore

/// OCPI bodies over HTTP: encoded with ``OCPICoding`` as `application/json`.
enum OCPIJSON {
    static func response(_ body: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try OCPICoding.makeEncoder().encode(body)
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Decodes a request body (bounded by the listener's body limit).
    static func decode<Body: Decodable>(_ type: Body.Type, from request: Request, context: some RequestContext)
        async throws -> Body
    {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        return try OCPICoding.makeDecoder().decode(type, from: Data(buffer.readableBytesView))
    }
}
