public import AsyncHTTPClient
import Foundation
import NIOCore
public import NIOHTTP1
import NIOSSL

/// A response as tests look at it.
public struct TestResponse: Sendable {
    /// HTTP status code.
    public var status: Int
    /// Response headers.
    public var headers: HTTPHeaders
    /// The body as text.
    public var body: String

    /// The body parsed as a JSON object, if it is one.
    public var json: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
    }
}

/// The HTTP client of tests: AsyncHTTPClient, trusting the test CA when given.
public typealias TestHTTPClient = HTTPClient

extension HTTPClient {
    /// A client for tests, trusting `caFile` (PEM) when given.
    public static func forTests(trusting caFile: String? = nil) -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        if let caFile {
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.trustRoots = .file(caFile)
            configuration.tlsConfiguration = tls
        }
        configuration.timeout = .init(connect: .seconds(5), read: .seconds(30))
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Sends one request and collects the whole response.
    public func send(
        _ method: HTTPMethod, _ url: String, headers: [(String, String)] = [], body: String? = nil
    ) async throws -> TestResponse {
        var request = HTTPClientRequest(url: url)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await execute(request, timeout: .seconds(60))
        let buffer = try await response.body.collect(upTo: 16 << 20)
        return TestResponse(status: Int(response.status.code), headers: response.headers, body: String(buffer: buffer))
    }
}

/// Runs `body` with a test client and shuts the client down afterwards.
public func withTestClient<Result>(
    trusting caFile: String? = nil, _ body: (HTTPClient) async throws -> Result
) async throws -> Result {
    let client = HTTPClient.forTests(trusting: caFile)
    do {
        let result = try await body(client)
        try await client.shutdown()
        return result
    } catch {
        try? await client.shutdown()
        throw error
    }
}
