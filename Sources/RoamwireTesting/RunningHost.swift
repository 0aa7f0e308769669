import Foundation
import NIOHTTP1

/// A real `roamwire serve` process for one test, with the URLs of its listeners.
public struct RunningHost: Sendable {
    /// The operator API key every test host accepts (its config reads it from the environment).
    public static let apiKey = "test-operator-key-0123456789"
    /// The environment test hosts get: the API key under the names test and demo configs use.
    public static let environment = ["TEST_OPERATOR_KEY": apiKey, "ROAMWIRE_OPERATOR_API_KEY": apiKey]

    /// The process.
    public let process: RoamwireProcess
    /// Base URL of the partner-facing listener, e.g. `https://127.0.0.1:40123`.
    public let partnerURL: String
    /// Base URL of the operator listener.
    public let operatorURL: String

    /// Starts `roamwire serve --config path` and waits until both listeners accept connections.
    public static func start(config path: String) async throws -> RunningHost {
        let process = try RoamwireProcess(["serve", "--config", path], environment: environment)
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
    public func shutdown() async throws -> Int32 {
        process.terminate()
        return try await process.waitForExit()
    }

    /// Issues a registration token (OCPI token A) for a new partner `id` through the operator API.
    public func registrationToken(for id: String, client: TestHTTPClient) async throws -> String {
        let issued = try await client.send(
            .POST, "\(operatorURL)/api/partners", headers: operatorAuth, body: #"{"id": "\#(id)"}"#)
        guard let token = issued.json?["token"] as? String else {
            throw TestSupportError("no registration token: HTTP \(issued.status) \(issued.body)")
        }
        return token
    }
}

/// `Authorization` header with the test operator key.
public let operatorAuth = [("Authorization", "Bearer \(RunningHost.apiKey)")]

/// `Authorization: Token <base64>` for an OCPI credentials token.
public func ocpiAuth(_ token: String) -> [(String, String)] {
    [("Authorization", "Token \(Data(token.utf8).base64EncodedString())")]
}
