import Foundation
import PlatformCore

/// The OCPI response envelope: `data`, `status_code`, `status_message`, `timestamp`.
struct OCPIResponse<Payload: Encodable & Sendable>: Encodable, Sendable {
    var data: Payload?
    var statusCode: Int
    var statusMessage: String?
    var timestamp: Date

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(data, forKey: .data)
        try container.encode(statusCode, forKey: .statusCode)
        try container.encodeIfPresent(statusMessage, forKey: .statusMessage)
        try container.encode(timestamp, forKey: .timestamp)
    }

    enum CodingKeys: String, CodingKey {
        case data
        case statusCode = "status_code"
        case statusMessage = "status_message"
        case timestamp
    }

    /// A success (`1000`) carrying `data`.
    static func success(_ data: Payload, at timestamp: Date = Date()) -> Self {
        OCPIResponse(data: data, statusCode: 1000, statusMessage: "Success", timestamp: timestamp)
    }

    /// A success (`1000`) without `data`, for requests whose answer defines none.
    static func empty(at timestamp: Date = Date()) -> Self {
        OCPIResponse(data: nil, statusCode: 1000, statusMessage: "Success", timestamp: timestamp)
    }
}
