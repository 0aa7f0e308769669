import AsyncHTTPClient
import Foundation
import NIOHTTP1
import RoamwireTesting
import Testing
import Yams

/// The operator listener's OpenAPI document: served without a key, valid OpenAPI 3.1
/// (`openapi-spec-validator`), and true to the running host: every documented path and method
/// exists, behind the API key unless the document says it is open.
@Suite struct OpenAPIDocumentTests {
    /// One path and method of the document, with what the document says about it.
    struct Operation: CustomStringConvertible {
        var method: String
        var path: String
        /// The operation's `security` (or the document's) allows no credentials.
        var isOpen: Bool
        /// The documented status codes.
        var statuses: Set<String>
        /// Statuses whose documented response lacks the `X-Request-ID` header.
        var statusesWithoutRequestID: [String]

        var description: String { "\(method.uppercased()) \(path)" }
    }

    /// Routes the operator listener is known to serve; each must be in the document.
    static let knownRoutes = [
        "GET /health", "GET /ready", "GET /metrics", "GET /openapi.yaml",
        "PUT /api/cpo/locations/{id}", "PUT /api/emsp/tokens/{uid}", "GET /api/outbox",
        "GET /api/partners", "POST /api/partners", "POST /api/partners/register", "GET /api/partners/{id}",
        "DELETE /api/partners/{id}", "POST /api/partners/{id}/register", "POST /api/partners/{id}/update",
    ]

    @Test func documentIsValidAndMatchesTheRoutes() async throws {
        let directory = try TemporaryDirectory()
        let host = try await RunningHost.start(config: try HostTestConfig().write(to: directory))
        defer { host.process.stop() }

        try await withTestClient { client in
            let served = try await client.send(.GET, "\(host.operatorURL)/openapi.yaml")
            try #require(served.status == 200, "GET /openapi.yaml without a key: \(served.status) \(served.body)")
            #expect(served.headers["Content-Type"].first == "application/yaml")
            #expect(served.headers["X-Request-ID"].first?.isEmpty == false)

            let file = try directory.write(served.body, to: "openapi.yaml")
            let validation = try Self.run(["python3", "-m", "openapi_spec_validator", file])
            #expect(validation.status == 0, "openapi-spec-validator exited \(validation.status):\n\(validation.output)")

            let operations = try Self.operations(in: served.body)
            let documented = Set(operations.map(\.description))
            for route in Self.knownRoutes {
                #expect(documented.contains(route), "\(route) is served but not documented")
            }

            for operation in operations {
                let url = host.operatorURL + operation.path.replacing(#/\{[^}/]+\}/#, with: "openapi-probe")
                let response = try await client.send(HTTPMethod(rawValue: operation.method.uppercased()), url)
                if operation.isOpen {
                    #expect(
                        ![401, 404].contains(response.status),
                        "\(operation) is documented as open but answered \(response.status) without a key")
                } else {
                    #expect(
                        response.status == 401,
                        "\(operation) answered \(response.status) without a key, not 401 (missing or unprotected?)")
                    #expect(response.json?["error"] as? String == "unauthorized", "\(operation): \(response.body)")
                    #expect(operation.statuses.contains("401"), "\(operation) does not document its 401")
                }
                #expect(response.headers["X-Request-ID"].first != nil, "\(operation) answered without X-Request-ID")
                #expect(
                    operation.statusesWithoutRequestID.isEmpty,
                    "\(operation): responses \(operation.statusesWithoutRequestID) do not document X-Request-ID")
            }

            // Without a key an unknown route is 404, not 401: the check above can tell a missing
            // route from a protected one.
            let unknown = try await client.send(.GET, "\(host.operatorURL)/api/no-such-route")
            #expect(unknown.status == 404)
            #expect(!documented.contains("GET /api/no-such-route"))
        }
        #expect(try await host.shutdown() == 0)
    }

    /// Every path and method of an OpenAPI document.
    static func operations(in yaml: String) throws -> [Operation] {
        let document = try #require(try Yams.load(yaml: yaml) as? [String: Any], "the document is not a YAML mapping")
        let paths = try #require(document["paths"] as? [String: Any], "the document has no paths")
        let components = document["components"] as? [String: Any]
        let sharedResponses = components?["responses"] as? [String: Any] ?? [:]
        let defaultSecurity = document["security"] as? [Any]
        let methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]

        var operations: [Operation] = []
        for (path, item) in paths {
            let item = try #require(item as? [String: Any], "path \(path) is not a mapping")
            for method in methods {
                guard let operation = item[method] as? [String: Any] else { continue }
                let security = operation["security"] as? [Any] ?? defaultSecurity ?? []
                let isOpen = security.isEmpty || security.contains { ($0 as? [String: Any])?.isEmpty == true }
                let responses = operation["responses"] as? [String: Any] ?? [:]
                let withoutRequestID = responses.compactMap { status, response -> String? in
                    var response = response as? [String: Any] ?? [:]
                    if let reference = response["$ref"] as? String {
                        let name = reference.replacing("#/components/responses/", with: "")
                        response = sharedResponses[name] as? [String: Any] ?? [:]
                    }
                    return (response["headers"] as? [String: Any])?["X-Request-ID"] == nil ? status : nil
                }
                operations.append(
                    Operation(
                        method: method, path: path, isOpen: isOpen, statuses: Set(responses.keys),
                        statusesWithoutRequestID: withoutRequestID.sorted()))
            }
        }
        return operations.sorted { ($0.path, $0.method) < ($1.path, $1.method) }
    }

    /// Runs a command found on `PATH` and returns its exit status and combined output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
