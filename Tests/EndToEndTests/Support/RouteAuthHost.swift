import Foundation
import NIOHTTP1
import PlatformCore
import RoamwireTesting
import StoreSQLite

@testable import ProtocolOCPI

/// A real `roamwire serve` host for the OCPI transport tests: plain HTTP on loopback (these tests
/// are not about TLS), both listeners on port 0, its SQLite store in the test's directory, JSON
/// logs (the process helper reads the bound URLs from them), and the OCPI knobs a test turns.
struct RouteAuthHost {
    /// What a test may change in the generated config.
    struct Options {
        /// Our parties as `(country_code, party_id, role)`.
        var parties: [(country: String, party: String, role: String)] = [("DE", "AAC", "CPO"), ("DE", "AAE", "EMSP")]
        /// `protocols.ocpi.max_page_size`; the server default when `nil`.
        var maxPageSize: Int?
        /// `listeners.partner.max_body_bytes`; the listener default when `nil`.
        var maxBodyBytes: Int?
        /// `listeners.operator.max_body_bytes`; the listener default when `nil`.
        var operatorMaxBodyBytes: Int?
        /// `protocols.ocpi.versions`, the versions offered to partners; the default when `nil`.
        var versions: [String]?
    }

    let name: String
    let host: RunningHost
    let storePath: String

    /// Writes a config for host `name` into `directory`, lets `seed` fill the migrated store
    /// before the host opens it, and starts the host.
    static func start(
        _ name: String, options: Options = Options(), in directory: TemporaryDirectory,
        seed: (SQLiteStore) async throws -> Void = { _ in }
    ) async throws -> RouteAuthHost {
        let storePath = directory.path("\(name).sqlite")
        do {
            let store = try SQLiteStore(path: storePath)
            try await store.migrate()
            try await seed(store)
        }
        let parties = options.parties.map { party in
            """
              - country_code: \(party.country)
                party_id: \(party.party)
                role: \(party.role)
                business_details:
                  name: \(name) \(party.role)
            """
        }
        let yaml = """
            parties:
            \(parties.joined(separator: "\n"))
            listeners:
              partner:
                host: 127.0.0.1
                port: 0
            \(options.maxBodyBytes.map { "    max_body_bytes: \($0)" } ?? "")
              operator:
                host: 127.0.0.1
                port: 0
                api_keys: ["${TEST_OPERATOR_KEY}"]
            \(options.operatorMaxBodyBytes.map { "    max_body_bytes: \($0)" } ?? "")
            storage:
              sqlite:
                path: \(storePath)
            protocols:
              ocpi:
                enabled: true
                timeout_ms: 3000
                attempts: 1
            \(options.maxPageSize.map { "    max_page_size: \($0)" } ?? "")
            \(options.versions.map { "    versions: [\($0.map { "\"\($0)\"" }.joined(separator: ", "))]" } ?? "")
            logging:
              format: json
              level: info
            """
        let file = try directory.write(yaml, to: "\(name).yaml")
        return RouteAuthHost(name: name, host: try await RunningHost.start(config: file), storePath: storePath)
    }

    var partnerURL: String { host.partnerURL }
    var versionsURL: String { "\(host.partnerURL)/ocpi/versions" }
    var credentialsURL: String { "\(host.partnerURL)/ocpi/2.2.1/credentials" }
    var hubClientInfoURL: String { "\(host.partnerURL)/ocpi/2.2.1/hubclientinfo" }

    /// Issues a registration token (OCPI token A) for partner `id` through the operator API.
    func issueTokenA(for id: String, client: TestHTTPClient) async throws -> String {
        try await host.registrationToken(for: id, client: client)
    }

    /// Registers this host with `other` as OCPI credentials sender (through this host's operator
    /// API, with a token A `other` issued for partner `ourID`), under partner id `theirID` here.
    func register(with other: RouteAuthHost, as ourID: String, calling theirID: String, client: TestHTTPClient)
        async throws
    {
        let tokenA = try await other.issueTokenA(for: ourID, client: client)
        let registered = try await client.send(
            .POST, "\(host.operatorURL)/api/partners/register", headers: operatorAuth,
            body: #"{"id": "\#(theirID)", "versionsURL": "\#(other.versionsURL)", "token": "\#(tokenA)"}"#)
        guard registered.status == 200 else {
            throw TestSupportError("\(name) could not register with \(other.name): \(registered.body)")
        }
    }

    /// The token this host presents when it calls `partner`, read from its store.
    func outboundToken(for partner: String) async throws -> String? {
        let store = try SQLiteStore(path: storePath)
        return try await store.document(
            OCPIConnection.self, owner: nil, id: OCPIConnection.documentID(for: PartnerID(rawValue: partner))
        )?.outboundToken
    }

    /// Stops the host and returns its exit status.
    func shutdown() async throws -> Int32 { try await host.shutdown() }
}
