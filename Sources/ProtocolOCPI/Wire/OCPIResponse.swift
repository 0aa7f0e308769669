import Foundation
import PlatformCore

/// The OCPI response envelope: `data`, `status_code`, `status_message`, `timestamp`.
struct OCPIResponse<Payload: Encodable & Sendable>: Encodable, Sendable {
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

    /// A success (`1000`) carrying `data`.
    static func success(_ data: Payload, at timestamp: Date = Date()) -> Self {
        OCPIResponse(data: data, statusCode: 1000, statusMessage: "Success", timestamp: timestamp)
    }
}
