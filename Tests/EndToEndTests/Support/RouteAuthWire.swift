import AsyncHTTPClient
import Foundation
import NIOHTTP1
import PlatformCore
import RoamwireTesting
import Testing

/// Sending OCPI requests and checking what every OCPI response must carry: the tracing headers
/// (OCPI 2.2.1 §2.3) and the response envelope (§2.5).
enum RouteAuthWire {
    /// How a request carries its tracing headers.
    enum Tracing {
        /// Fresh `X-Request-ID` and `X-Correlation-ID`; the response must echo both.
        case both
        /// Fresh `X-Request-ID` only; the response must echo it and carry a generated correlation id.
        case requestIDOnly
        /// Neither; the response must carry generated ones.
        case none
    }

    /// Sends one request with the tracing headers `tracing` asks for, and checks that the response
    /// carries `X-Request-ID` and `X-Correlation-ID` as §2.3 demands (echoed when sent, generated
    /// otherwise), on successes and refusals alike.
    static func send(
        _ client: TestHTTPClient, _ method: HTTPMethod, _ url: String, headers: [(String, String)] = [],
        body: String? = nil, tracing: Tracing = .both, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> TestResponse {
        let requestID = "req-\(UUID().uuidString)"
        let correlationID = "corr-\(UUID().uuidString)"
        var headers = headers
        switch tracing {
        case .both: headers += [("X-Request-ID", requestID), ("X-Correlation-ID", correlationID)]
        case .requestIDOnly: headers += [("X-Request-ID", requestID)]
        case .none: break
        }
        let response = try await client.send(method, url, headers: headers, body: body)
        let what = "\(method) \(url) → HTTP \(response.status)"
        let answeredRequestID = response.headers["X-Request-ID"]
        let answeredCorrelationID = response.headers["X-Correlation-ID"]
        #expect(
            answeredRequestID.count == 1, "\(what): X-Request-ID \(answeredRequestID)", sourceLocation: sourceLocation)
        if tracing == .none {
            #expect(answeredRequestID.first?.isEmpty == false, "\(what)", sourceLocation: sourceLocation)
        } else {
            #expect(answeredRequestID.first == requestID, "\(what)", sourceLocation: sourceLocation)
        }
        if tracing == .both {
            #expect(answeredCorrelationID == [correlationID], "\(what)", sourceLocation: sourceLocation)
        } else {
            #expect(
                answeredCorrelationID.count == 1 && answeredCorrelationID.first?.isEmpty == false,
                "\(what): generated X-Correlation-ID \(answeredCorrelationID)", sourceLocation: sourceLocation)
        }
        return response
    }

    /// Checks that `response` is HTTP `http` with an OCPI envelope of `status_code` `ocpi`, a
    /// `status_message`, an RFC 3339 `timestamp` and JSON content type. `data` must be present
    /// when `data` is true, absent when false (§2.5: omitted where the spec defines none); by
    /// default present on success (1xxx) and not checked otherwise.
    /// - Returns: the envelope, or `nil` (after recording an issue) when there is none.
    @discardableResult
    static func expectEnvelope(
        _ response: TestResponse, http: Int, ocpi: Int, data: Bool? = nil, _ what: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> [String: Any]? {
        #expect(response.status == http, "\(what): \(response.body)", sourceLocation: sourceLocation)
        #expect(
            response.headers["Content-Type"].first?.hasPrefix("application/json") == true, "\(what)",
            sourceLocation: sourceLocation)
        guard let envelope = response.json else {
            Issue.record("\(what): no JSON object in the body: \(response.body)", sourceLocation: sourceLocation)
            return nil
        }
        #expect(envelope["status_code"] as? Int == ocpi, "\(what): \(response.body)", sourceLocation: sourceLocation)
        #expect(envelope["status_message"] is String, "\(what): \(response.body)", sourceLocation: sourceLocation)
        let timestamp = envelope["timestamp"] as? String
        #expect(
            timestamp.map(isRFC3339) == true, "\(what): timestamp \(String(describing: timestamp))",
            sourceLocation: sourceLocation)
        if let data = data ?? ((1000..<2000).contains(ocpi) ? true : nil) {
            #expect(
                envelope.keys.contains("data") == data,
                "\(what): data \(data ? "missing" : "present"): \(response.body)",
                sourceLocation: sourceLocation)
        }
        return envelope
    }

    /// Whether `text` is an RFC 3339 date-time with a zone (`Z` or `±hh:mm`).
    static func isRFC3339(_ text: String) -> Bool {
        text.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/) != nil
            && Timestamp.parse(text) != nil
    }
}
