import Foundation
import PlatformCore
import RoamwireTesting
import StoreSQLite
import Testing

@testable import ProtocolOCPI

/// The one real `roamwire` host of ``HostilePartnerTests``, the ``HostilePartner`` it meets and a
/// test client, shared by every test of the suite (see ``HostileEnvironment``).
///
/// The host serves plain HTTP on loopback, calls partners with a short timeout and few attempts
/// (``timeoutMilliseconds``, ``attempts``) and logs JSON lines at debug level.
struct HostileHost: Sendable {
    /// `protocols.ocpi.timeout_ms`: how long one call to a partner may take. Short, so that a
    /// hanging partner costs little, but long enough that an answer never misses it when the
    /// machine is busy (a late answer would be retried, and the tests count requests) and that a
    /// registration with a refusing partner, which needs no timeout, takes clearly less than one.
    static let timeoutMilliseconds = 1200
    /// `protocols.ocpi.attempts`: how many times in all the host tries a call that may be retried.
    static let attempts = 2

    @TaskLocal static var current: HostileHost?

    let host: RunningHost
    let partner: HostilePartner
    let client: TestHTTPClient
    let storePath: String

    /// The shared host of the running test.
    static func shared() throws -> HostileHost {
        try #require(current, "run inside a suite with the .hostileEnvironment trait")
    }

    /// Starts a host configured for meeting hostile partners, its store in `directory`.
    static func start(in directory: TemporaryDirectory) async throws -> (RunningHost, String) {
        let storePath = directory.path("hostile-host.sqlite")
        let yaml = """
            parties:
              - country_code: NL
                party_id: HST
                role: CPO
                business_details:
                  name: Hostile Test Host Charging
              - country_code: NL
                party_id: HSE
                role: EMSP
                business_details:
                  name: Hostile Test Host Mobility

            listeners:
              partner:
                host: 127.0.0.1
                port: 0
              operator:
                host: 127.0.0.1
                port: 0
                api_keys:
                  - "${TEST_OPERATOR_KEY}"

            storage:
              sqlite:
                path: \(storePath)

            protocols:
              ocpi:
                enabled: true
                timeout_ms: \(timeoutMilliseconds)
                attempts: \(attempts)
              oicp:
                enabled: false

            logging:
              level: debug
              format: json

            """
        let file = try directory.write(yaml, to: "hostile-host.yaml")
        return (try await RunningHost.start(config: file), storePath)
    }

    var versionsURL: String { "\(host.partnerURL)/ocpi/versions" }
    var credentialsURL: String { "\(host.partnerURL)/ocpi/2.2.1/credentials" }

    /// Our OCPI connection with `partner`, read from the host's store.
    func connection(for partner: String) async throws -> OCPIConnection? {
        let store = try SQLiteStore(path: storePath, logger: .quiet)
        return try await store.document(
            OCPIConnection.self, owner: nil, id: OCPIConnection.documentID(for: PartnerID(rawValue: partner)))
    }

    /// The grant `token` would open, read from the host's store.
    func grant(for token: String) async throws -> AccessGrant? {
        let store = try SQLiteStore(path: storePath, logger: .quiet)
        return try await store.document(AccessGrant.self, owner: nil, id: CredentialsToken.hash(token))
    }

    /// The host's JSON log lines with `message`, as objects.
    func logLines(_ message: String) -> [[String: Any]] {
        host.process.output.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("{"),
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                object["message"] as? String == message
            else { return nil }
            return object
        }
    }

    /// Waits (bounded) for a log line with `message` whose metadata match `metadata`, and returns it.
    func waitForLogLine(
        _ message: String, where metadata: [String: String], timeout: Duration = .seconds(5)
    ) async throws -> [String: Any]? {
        let deadline = ContinuousClock.now + timeout
        while true {
            let line = logLines(message).first { line in
                metadata.allSatisfy { key, value in line[key] as? String == value }
            }
            if line != nil || ContinuousClock.now >= deadline { return line }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}

/// Runs the tests of a suite against one ``HostileHost``: starts a ``HostilePartner`` and a
/// host, hands them to the tests through ``HostileHost/current``, and stops both afterwards
/// (the host must exit 0 on SIGTERM: hostile partners never took it down).
struct HostileEnvironment: SuiteTrait, TestScoping {
    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let directory = try TemporaryDirectory(prefix: "roamwire-hostile")
        try await HostilePartner.withPartner { partner in
            let (host, storePath) = try await HostileHost.start(in: directory)
            defer { host.process.stop() }
            try await withTestClient { client in
                let shared = HostileHost(host: host, partner: partner, client: client, storePath: storePath)
                try await HostileHost.$current.withValue(shared) {
                    try await function()
                }
            }
            let status = try await host.shutdown()
            #expect(status == 0, "host output:\n\(host.process.output.suffix(4000))")
        }
        withExtendedLifetime(directory) {}
    }
}

extension Trait where Self == HostileEnvironment {
    /// One real host and one hostile partner for all tests of the suite.
    static var hostileEnvironment: Self { HostileEnvironment() }
}
