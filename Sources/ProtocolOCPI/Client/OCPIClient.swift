import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import PlatformCore

/// Calls partners' OCPI APIs: puts the credentials token and tracing headers on every request,
/// unwraps the envelope, retries with backoff on network failures and 5xx (never on 4xx or
/// OCPI refusals), and follows `Link` headers through paginated lists.
struct OCPIClient: Sendable {
    /// Retries and timeouts.
    struct Policy: Sendable, Hashable {
        var attempts: Int = 3
        var baseDelay: Duration = .milliseconds(250)
        var timeout: Duration = .seconds(15)
        /// Largest response body accepted.
        var maxBodyBytes: Int = 16 << 20
    }

    /// The credentials a request is made with.
    struct Credentials: Sendable, Hashable {
        var token: String
        var encoding: OCPIAuthorizationHeader.Encoding
    }

    let http: HTTPClient
    let policy: Policy
    let logger: Logger
    /// Waits between retries (a test can make it instant).
    var sleep: @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }

    /// Sends one OCPI request and decodes the envelope's `data` as `Payload`.
    func send<Payload: Decodable & Sendable>(
        _ method: HTTPMethod, _ url: String, credentials: Credentials, body: Data? = nil,
        correlationID: String? = nil, routing: OCPIRouting? = nil, retrying: Bool = true, as payload: Payload.Type
    ) async throws(OCPIClientError) -> OCPIReply<Payload> {
        var attempt = 1
        while true {
            do {
                return try await once(
                    method, url, credentials: credentials, body: body, correlationID: correlationID, routing: routing,
                    as: payload)
            } catch let error where retrying && error.isRetryable && attempt < policy.attempts {
                let delay = policy.baseDelay * (1 << (attempt - 1))
                logger.warning(
                    "OCPI call failed, retrying",
                    metadata: ["url": "\(url)", "error": "\(error)", "retry.in": "\(delay)", "attempt": "\(attempt)"])
                do {
                    try await sleep(delay)
                } catch {
                    throw OCPIClientError(kind: .unreachable, url: url, reason: "cancelled while waiting to retry")
                }
                attempt += 1
            }
        }
    }

    /// Fetches every page of a paginated list, following `Link: <...>; rel="next"`.
    func all<Item: Decodable & Sendable>(
        _ url: String, credentials: Credentials, correlationID: String? = nil, maxPages: Int = 10_000,
        of item: Item.Type
    ) async throws(OCPIClientError) -> [Item] {
        var items: [Item] = []
        var next: String? = url
        var pages = 0
        while let page = next, pages < maxPages {
            let reply = try await send(
                .GET, page, credentials: credentials, correlationID: correlationID, as: [Item].self)
            items += reply.data ?? []
            next = reply.nextPageURL
            pages += 1
        }
        return items
    }

    private func once<Payload: Decodable & Sendable>(
        _ method: HTTPMethod, _ url: String, credentials: Credentials, body: Data?, correlationID: String?,
        routing: OCPIRouting?, as payload: Payload.Type
    ) async throws(OCPIClientError) -> OCPIReply<Payload> {
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(
            name: "Authorization",
            value: OCPIAuthorizationHeader.value(token: credentials.token, encoding: credentials.encoding))
        request.headers.add(name: "X-Request-ID", value: UUID().uuidString)
        request.headers.add(name: "X-Correlation-ID", value: correlationID ?? UUID().uuidString)
        for field in routing?.fields ?? [] { request.headers.add(name: field.name, value: field.value) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let status: Int
        let headers: HTTPHeaders
        let bytes: ByteBuffer
        do {
            let response = try await http.execute(
                request, timeout: .nanoseconds(Int64(policy.timeout.timeInterval * 1e9)))
            status = Int(response.status.code)
            headers = response.headers
            bytes = try await response.body.collect(upTo: policy.maxBodyBytes)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw OCPIClientError(kind: .timeout, url: url, reason: "\(error)")
        } catch let error as HTTPClientError where Self.isUnusableURL(error) {
            throw OCPIClientError(kind: .unusableURL, url: url, reason: "\(error)")
        } catch is NIOTooManyBytesError {
            throw OCPIClientError(kind: .notOCPI, url: url, reason: "answer larger than \(policy.maxBodyBytes) bytes")
        } catch {
            throw OCPIClientError(kind: .unreachable, url: url, reason: "\(error)")
        }
        let text = Data(bytes.readableBytesView)
        let snippet = String(decoding: text.prefix(120), as: UTF8.self)
        let decoder = OCPICoding.makeDecoder()
        guard let envelope = try? decoder.decode(OCPIEnvelope<Discarded>.self, from: text) else {
            guard (200..<300).contains(status) else {
                throw OCPIClientError(kind: .httpStatus(status), url: url, reason: snippet)
            }
            throw OCPIClientError(kind: .notOCPI, url: url, reason: "no OCPI envelope; body starts: \(snippet)")
        }
        guard (200..<300).contains(status) else {
            throw OCPIClientError(
                kind: .httpStatus(status), url: url, reason: envelope.statusMessage ?? "OCPI \(envelope.statusCode)")
        }
        guard (1000..<2000).contains(envelope.statusCode) else {
            throw OCPIClientError(
                kind: .ocpiStatus(envelope.statusCode), url: url, reason: envelope.statusMessage ?? "")
        }
        do {
            let full = try decoder.decode(OCPIEnvelope<Payload>.self, from: text)
            return OCPIReply(
                data: full.data, statusCode: full.statusCode, statusMessage: full.statusMessage, headers: headers)
        } catch {
            throw OCPIClientError(kind: .notOCPI, url: url, reason: "unexpected data: \(Self.describe(error))")
        }
    }

    private static func isUnusableURL(_ error: HTTPClientError) -> Bool {
        if [.invalidURL, .emptyHost, .emptyScheme].contains(error) { return true }
        return "\(error)".contains("unsupportedScheme")
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        let problem = ConfigProblem(decodingError: decoding, file: "", keyPath: "")
        return problem.keyPath.isEmpty ? problem.reason : "\(problem.keyPath): \(problem.reason)"
    }
}
