import AsyncHTTPClient
import Foundation
import NIOHTTP1
import PlatformCore
import RoamwireTesting
import Testing

/// The config decides which plugins run, and so which routes exist.
@Suite struct PluginSelectionTests {
    @Test(arguments: [true, false])
    func ocpiRoutesExistOnlyWhenEnabled(enabled: Bool) async throws {
        let directory = try TemporaryDirectory()
        var config = HostTestConfig()
        config.ocpiEnabled = enabled
        let host = try await RunningHost.start(config: try config.write(to: directory))
        defer { host.process.stop() }

        try await withTestClient { client in
            let token = enabled ? try await host.registrationToken(for: "partner-x", client: client) : "none"
            let versions = try await client.send(.GET, "\(host.partnerURL)/ocpi/versions", headers: ocpiAuth(token))
            if enabled {
                #expect(versions.status == 200)
                let data = versions.json?["data"] as? [[String: Any]]
                #expect(data?.first?["version"] as? String == "2.2.1")
                #expect(data?.first?["url"] as? String == "\(host.partnerURL)/ocpi/2.2.1")
                #expect(versions.json?["status_code"] as? Int == 1000)
            } else {
                #expect(versions.status == 404)
            }
        }
        #expect(host.process.output.contains(#""roamwire.plugin":"ocpi""#) == enabled)
        #expect(try await host.shutdown() == 0)
    }

    @Test func rolesFollowOurParties() async throws {
        let directory = try TemporaryDirectory()
        let cpoOnly = HostTestConfig().yaml(in: directory).replacingOccurrences(
            of:
                "  - country_code: NL\n    party_id: XYZ\n    role: EMSP\n    business_details:\n      name: Test Mobility\n",
            with: "")
        let file = try directory.write(cpoOnly, to: "cpo-only.yaml")
        let host = try await RunningHost.start(config: file)
        defer { host.process.stop() }

        try await withTestClient { client in
            let token = try JSONEncoder.documents.encodeToString(DomainSamples.token())
            let refused = try await client.send(
                .PUT, "\(host.operatorURL)/api/emsp/tokens/\(DomainSamples.token().uid)", headers: operatorAuth,
                body: token)
            #expect(refused.status == 409)
            #expect(refused.json?["message"] as? String == "this deployment has no eMSP party")
        }
        #expect(try await host.shutdown() == 0)
    }
}
