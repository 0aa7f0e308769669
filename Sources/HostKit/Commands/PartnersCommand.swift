import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// `roamwire partners ...`: the operator API's partner operations from a shell. Talks to the
/// running server's operator listener named in the config, with its first API key.
struct PartnersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: "Manage roaming partners through the running server's operator API.",
        subcommands: [List.self, Show.self, Add.self, Register.self, Update.self, Unregister.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List partners with their state.")
        @OptionGroup var options: ConfigOption

        func run() async throws {
            try await OperatorAPIClient(options).call(.GET, "/api/partners")
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one partner: endpoints, version, state.")
        @OptionGroup var options: ConfigOption
        @Option(help: "The partner's id.") var id: String

        func run() async throws {
            try await OperatorAPIClient(options).call(.GET, "/api/partners/\(id)")
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a partner; with --token-a, issue the registration token (OCPI token A) to hand them.")
        @OptionGroup var options: ConfigOption
        @Option(help: "Display name.") var name: String
        @Option(help: "Partner id (default: the name in lower case, spaces as '-').") var id: String?
        @Flag(name: .customLong("token-a"), help: "Issue a registration token for the partner to register with.")
        var tokenA = false

        func run() async throws {
            let partnerID = id ?? name.lowercased().replacingOccurrences(of: " ", with: "-")
            try await OperatorAPIClient(options).call(
                .POST, "/api/partners", body: ["id": partnerID, "name": name, "issueToken": tokenA])
        }
    }

    struct Register: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register with a partner, given their versions URL and the token A they issued.")
        @OptionGroup var options: ConfigOption
        @Option(help: "Partner id.") var id: String
        @Option(help: "Their OCPI versions URL.") var url: String
        @Option(help: "The registration token (token A) they gave us.") var token: String
        @Option(help: "Display name.") var name: String?

        func run() async throws {
            var body: [String: any Sendable] = ["versionsURL": url, "token": token]
            if let name { body["name"] = name }
            try await OperatorAPIClient(options).call(.POST, "/api/partners/\(id)/register", body: body)
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rotate credentials with a registered partner.")
        @OptionGroup var options: ConfigOption
        @Option(help: "Partner id.") var id: String

        func run() async throws {
            try await OperatorAPIClient(options).call(.POST, "/api/partners/\(id)/update")
        }
    }

    struct Unregister: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Unregister a partner and withdraw its access.")
        @OptionGroup var options: ConfigOption
        @Option(help: "Partner id.") var id: String

        func run() async throws {
            try await OperatorAPIClient(options).call(.DELETE, "/api/partners/\(id)")
        }
    }
}

/// Calls the operator API of the server a config file describes and prints the JSON answer.
struct OperatorAPIClient {
    let baseURL: String
    let apiKey: String

    init(_ options: ConfigOption) throws {
        let configuration = try options.load()
        let listener = configuration.listeners.operatorListener.listener
        let host = ["0.0.0.0", "::"].contains(listener.host) ? "127.0.0.1" : listener.host
        baseURL = "\(listener.scheme)://\(host.contains(":") ? "[\(host)]" : host):\(listener.port)"
        apiKey = configuration.listeners.operatorListener.apiKeys[0]
    }

    /// Sends the request, prints the answer; exits 1 when the server refuses or cannot be reached.
    func call(_ method: HTTPMethod, _ path: String, body: [String: any Sendable]? = nil) async throws {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer \(apiKey)")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
        }
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
            let text = String(buffer: try await response.body.collect(upTo: 16 << 20))
            print(text)
            guard (200..<300).contains(response.status.code) else { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            printError("roamwire: cannot reach the operator API at \(baseURL): \(error)")
            throw ExitCode(1)
        }
    }
}
