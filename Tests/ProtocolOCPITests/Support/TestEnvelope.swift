import Foundation

/// The OCPI response envelope (§2.5), decodable and encodable, for the `transport_and_format_*`
/// examples.
struct TestEnvelope<Payload: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    var data: Payload?
    var statusCode: Int
    var statusMessage: String?
    var timestamp: Date

    enum CodingKeys: String, CodingKey {
        case data
        case statusCode = "status_code"
        case statusMessage = "status_message"
        case timestamp
    }
}
