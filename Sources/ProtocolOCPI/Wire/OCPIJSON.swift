import Foundation
import Hummingbird
import PlatformCore

/// Encodes OCPI bodies: RFC 3339 UTC timestamps, `application/json`.
enum OCPIJSON {
    static func response(_ body: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try DocumentCoding.makeEncoder().encode(body)
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
