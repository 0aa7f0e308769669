import AsyncHTTPClient
import Foundation
import NIOHTTP1
import PlatformCore
import RoamwireTesting
import Testing

/// The partner listener serves HTTPS with the configured certificate (made here, at test time).
@Suite struct TLSListenerTests {
    @Test func partnerListenerServesHTTPS() async throws {
        let directory = try TemporaryDirectory()
        let certificates = try TestCertificates(in: directory)
        var config = HostTestConfig()
        config.partnerTLS = "      certificate: \(certificates.serverCertificate)\n      key: \(certificates.serverKey)"
        let host = try await RunningHost.start(config: try config.write(to: directory))
        defer { host.process.stop() }
        #expect(host.partnerURL.hasPrefix("https://127.0.0.1:"))

        try await withTestClient(trusting: certificates.caCertificate) { client in
            let token = try await host.registrationToken(for: "partner-x", client: client)
            let versions = try await client.send(.GET, "\(host.partnerURL)/ocpi/versions", headers: ocpiAuth(token))
            #expect(versions.status == 200)
            let data = versions.json?["data"] as? [[String: Any]]
            #expect((data?.first?["url"] as? String)?.hasPrefix("https://") == true)
        }
        _ = try await withTestClient { untrusting in
            await #expect(throws: (any Error).self) {
                _ = try await untrusting.send(.GET, "\(host.partnerURL)/ocpi/versions")
            }
        }
        #expect(try await host.shutdown() == 0)
    }

    @Test func insecureHTTPOnPublicAddressIsAllowedWithAWarning() async throws {
        let directory = try TemporaryDirectory()
        var config = HostTestConfig()
        config.partnerHost = "0.0.0.0"
        let yaml = config.yaml(in: directory).replacingOccurrences(
            of: "    host: 0.0.0.0\n", with: "    host: 0.0.0.0\n    insecure_http: true\n")
        let host = try await RunningHost.start(config: try directory.write(yaml, to: "insecure.yaml"))
        defer { host.process.stop() }
        #expect(host.process.output.contains("serving plain HTTP on a non-loopback address"))
        #expect(try await host.shutdown() == 0)
    }
}
