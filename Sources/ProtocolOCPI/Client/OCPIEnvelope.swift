import Foundation

/// The OCPI response envelope as a client reads it: `data` may be absent or null.
struct OCPIEnvelope<Payload: Decodable & Sendable>: Decodable, Sendable {
    var data: Payload?
    var statusCode: Int
    var statusMessage: String?
    var timestamp: Date?

    enum CodingKeys: String, CodingKey {
        case data
        case statusCode = "status_code"
        case statusMessage = "status_message"
        case timestamp
    }
}

/// Stands for an envelope's `data` when only its status matters: accepts any JSON.
struct Discarded: Decodable, Sendable {
    init(from decoder: any Decoder) throws {}
}
