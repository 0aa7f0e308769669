import Foundation
import PlatformCore
import RoamwireTesting
import StoreSQLite

@testable import ProtocolOCPI

/// One of two demo operators (`config/demo/operator-a.yaml`, `operator-b.yaml`) as a real host for a
/// test: the shipped file with the ports set to 0, its store in the test's directory, HTTPS with the
/// test's certificates on the partner listener, and the test CA trusted for calls to partners.
struct OperatorHost {
    let name: String
    let host: RunningHost
    let storePath: String

    /// Starts `config/demo/operator-<side>.yaml` adapted for the test.
    static func start(_ side: String, certificates: TestCertificates, in directory: TemporaryDirectory) async throws
        -> OperatorHost
    {
        let shipped = try String(contentsOfFile: "config/demo/operator-\(side).yaml", encoding: .utf8)
        let storePath = directory.path("operator-\(side).sqlite")
        let yaml =
            shipped
            .replacingOccurrences(of: #"port: \d+"#, with: "port: 0", options: .regularExpression)
            .replacingOccurrences(
                of: "  partner:\n    host: 127.0.0.1\n",
                with: """
                      partner:
                        host: 127.0.0.1
                        tls:
                          certificate: \(certificates.serverCertificate)
                          key: \(certificates.serverKey)

                    """
            )
            .replacingOccurrences(of: "data/operator-\(side).sqlite", with: storePath)
            .replacingOccurrences(
                of: "    enabled: true\n",
                with:
                    "    enabled: true\n    ca_bundle: \(certificates.caCertificate)\n    timeout_ms: 2000\n    attempts: 2\n",
                options: [], range: nil
            )
            .replacingOccurrences(of: "logging:\n  level: info", with: "logging:\n  level: debug\n  format: json")
        let file = try directory.write(yaml, to: "operator-\(side).yaml")
        return OperatorHost(name: side, host: try await RunningHost.start(config: file), storePath: storePath)
    }

    /// The token this operator presents when it calls `partner`, read from its store.
    func outboundToken(for partner: String) async throws -> String? {
        let store = try SQLiteStore(path: storePath)
        return try await store.document(
            OCPIConnection.self, owner: nil, id: OCPIConnection.documentID(for: PartnerID(rawValue: partner))
        )?.outboundToken
    }

    var versionsURL: String { "\(host.partnerURL)/ocpi/versions" }
}
