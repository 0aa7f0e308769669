import Foundation
public import Hummingbird
import PlatformCore

/// Operator API JSON bodies, encoded as stored documents are (RFC 3339 UTC timestamps).
public enum JSONBody {
    /// A JSON response with `body`.
    public static func response(_ body: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try DocumentCoding.makeEncoder().encode(body)
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Decodes a request body (bounded by the context's upload limit).
    public static func decode<Body: Decodable>(_ type: Body.Type, from request: Request, context: some RequestContext)
        async throws -> Body
    {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        return try DocumentCoding.makeDecoder().decode(type, from: Data(buffer.readableBytesView))
    }
}
