import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL
import RoamwireTesting

/// A real `roamwire serve` process for one test, with the URLs of its listeners.
struct RunningHost {
    let process: RoamwireProcess
    let partnerURL: String
    let operatorURL: String

    /// Starts `roamwire serve --config path` and waits until both listeners accept connections.
    static func start(config path: String) async throws -> RunningHost {
        let process = try RoamwireProcess(["serve", "--config", path], environment: HostTestConfig.environment)
        do {
            return RunningHost(
                process: process, partnerURL: try await process.url(of: "partner"),
                operatorURL: try await process.url(of: "operator"))
        } catch {
            process.stop()
            throw error
        }
    }

    /// Sends SIGTERM and returns the exit status.
    func shutdown() async throws -> Int32 {
        process.terminate()
        return try await process.waitForExit()
    }
}

/// A response as tests look at it.
struct TestResponse {
    var status: Int
    var headers: HTTPHeaders
    var body: String

    var json: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
    }
}

extension HTTPClient {
    /// A client for tests, trusting `caFile` when given.
    static func forTests(trusting caFile: String? = nil) -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        if let caFile {
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.trustRoots = .file(caFile)
            configuration.tlsConfiguration = tls
        }
        configuration.timeout = .init(connect: .seconds(5), read: .seconds(10))
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Sends one request and collects the whole response.
    func send(
        _ method: HTTPMethod, _ url: String, headers: [(String, String)] = [], body: String? = nil
    ) async throws -> TestResponse {
        var request = HTTPClientRequest(url: url)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await execute(request, timeout: .seconds(10))
        let buffer = try await response.body.collect(upTo: 16 << 20)
        return TestResponse(status: Int(response.status.code), headers: response.headers, body: String(buffer: buffer))
    }
}

/// Runs `body` with a test client and shuts the client down afterwards.
func withTestClient<Result>(
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

/// `Authorization` header with the test operator key.
let operatorAuth = [("Authorization", "Bearer \(HostTestConfig.apiKey)")]
