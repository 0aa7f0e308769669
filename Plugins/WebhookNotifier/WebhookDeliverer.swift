import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import PlatformCore

/// POSTs webhook messages as JSON. 2xx is delivered; 408, 429 and 5xx and network failures are
/// retried; any other status is a permanent refusal.
struct WebhookDeliverer: OutboxDeliverer {
    let client: HTTPClient
    let authorization: String?
    /// Per-request timeout in milliseconds.
    let timeoutMilliseconds: Int64

    func deliver(_ message: ClaimedOutboxMessage) async -> DeliveryOutcome {
        var request = HTTPClientRequest(url: message.message.destination)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "X-Roamwire-Delivery", value: "\(message.id)")
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        request.body = .bytes(ByteBuffer(bytes: message.message.payload))
        do {
            let response = try await client.execute(request, timeout: .milliseconds(timeoutMilliseconds))
            let status = response.status.code
            switch status {
            case 200..<300: return .delivered
            case 408, 429, 500...599: return .failedTemporarily(reason: "webhook answered HTTP \(status)")
            default: return .failedPermanently(reason: "webhook answered HTTP \(status)")
            }
        } catch {
            return .failedTemporarily(reason: "webhook unreachable: \(error)")
        }
    }
}
