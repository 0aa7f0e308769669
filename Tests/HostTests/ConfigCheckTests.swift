import Foundation
import RoamwireTesting
import Testing

/// `roamwire check-config` on the real binary: a valid file passes, each kind of mistake is
/// reported with file, key path and reason, and the exit status is 2.
@Suite struct ConfigCheckTests {
    /// Runs check-config on `yaml` and returns status and output.
    private func check(
        _ yaml: (TemporaryDirectory) -> String, environment: [String: String] = HostTestConfig.environment
    )
        async throws -> (status: Int32, output: String, file: String)
    {
        let directory = try TemporaryDirectory()
        let file = try directory.write(yaml(directory), to: "roamwire.yaml")
        let (status, output) = try await RoamwireProcess.run(
            ["check-config", "--config", file], environment: environment)
        return (status, output, file)
    }

    private func mutated(_ transform: @escaping (String) -> String) -> (TemporaryDirectory) -> String {
        { transform(HostTestConfig().yaml(in: $0)) }
    }

    @Test func validFileLoads() async throws {
        let result = try await check { HostTestConfig().yaml(in: $0) }
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("OK — parties: DE*ABC CPO, NL*XYZ EMSP; plugins: ocpi, cpo, emsp"))
    }

    @Test func shippedConfigsLoad() async throws {
        for file in ["config/roamwire.yaml", "config/demo/operator-a.yaml", "config/demo/operator-b.yaml"] {
            let (status, output) = try await RoamwireProcess.run(
                ["check-config", "--config", file], environment: ["ROAMWIRE_OPERATOR_API_KEY": HostTestConfig.apiKey])
            #expect(status == 0, "\(file): \(output)")
        }
    }

    @Test func missingKey() async throws {
        let result = try await check(mutated { $0.replacingOccurrences(of: "    party_id: ABC\n", with: "") })
        #expect(result.status == 2)
        #expect(result.output.contains("\(result.file): parties[0].party_id: required key is missing"))
    }

    @Test func wrongType() async throws {
        let result = try await check(
            mutated { yaml in
                var yaml = yaml
                yaml.replaceSubrange(try! #require(yaml.range(of: "port: 0")), with: "port: eighty")
                return yaml
            })
        #expect(result.status == 2)
        #expect(result.output.contains("\(result.file): listeners.partner.port: expected an integer, found 'eighty'"))
    }

    @Test func unknownPlugin() async throws {
        let result = try await check(
            mutated { $0.replacingOccurrences(of: "plugins: []", with: "plugins:\n  - name: teleport") })
        #expect(result.status == 2)
        #expect(
            result.output.contains(
                "\(result.file): plugins[0].name: unknown plugin 'teleport' (this build has: webhook)"))
    }

    @Test func badPartyID() async throws {
        let result = try await check(mutated { $0.replacingOccurrences(of: "party_id: ABC", with: "party_id: ABCD") })
        #expect(result.status == 2)
        #expect(
            result.output.contains(
                "\(result.file): parties[0].party_id: party id 'ABCD' must be three letters or digits"))
    }

    @Test func badCountryCode() async throws {
        let result = try await check(
            mutated { $0.replacingOccurrences(of: "country_code: DE", with: "country_code: D1") })
        #expect(result.status == 2)
        #expect(
            result.output.contains(
                "parties[0].country_code: country code 'D1' must be two letters (ISO 3166-1 alpha-2)"))
    }

    @Test func portClash() async throws {
        var config = HostTestConfig()
        config.partnerPort = 18_123
        config.operatorPort = 18_123
        let result = try await check { config.yaml(in: $0) }
        #expect(result.status == 2)
        #expect(
            result.output.contains(
                "\(result.file): listeners.operator.port: port 18123 clashes with listeners.partner.port; the listeners need different ports"
            ))
    }

    @Test func everyProblemIsReportedAtOnce() async throws {
        let result = try await check(
            mutated {
                $0.replacingOccurrences(of: "party_id: ABC", with: "party_id: ABCD")
                    .replacingOccurrences(of: "plugins: []", with: "plugins:\n  - name: teleport")
                    .replacingOccurrences(of: "format: json", with: "format: xml")
            })
        #expect(result.status == 2)
        #expect(result.output.contains("parties[0].party_id:"))
        #expect(result.output.contains("plugins[0].name:"))
        #expect(result.output.contains("logging.format: expected one of text, json, found 'xml'"))
    }

    @Test func unknownKeyIsNamed() async throws {
        let result = try await check(mutated { $0 + "\nprotocolz: {}\n" })
        #expect(result.status == 2)
        #expect(result.output.contains("protocolz: unknown key"))
    }

    @Test func malformedYAML() async throws {
        let result = try await check { _ in "parties: [\n  - country_code: DE\n" }
        #expect(result.status == 2)
        #expect(result.output.contains("\(result.file): (top level): not valid YAML"))
    }

    @Test func missingEnvironmentVariable() async throws {
        let result = try await check({ HostTestConfig().yaml(in: $0) }, environment: [:])
        #expect(result.status == 2)
        #expect(
            result.output.contains("listeners.operator.api_keys[0]: environment variable TEST_OPERATOR_KEY is not set"))
    }

    @Test func plainHTTPOnPublicAddressNeedsTLS() async throws {
        var config = HostTestConfig()
        config.partnerHost = "0.0.0.0"
        let result = try await check { config.yaml(in: $0) }
        #expect(result.status == 2)
        #expect(
            result.output.contains(
                "listeners.partner.tls: required when binding 0.0.0.0: give certificate and key, or set insecure_http: true"
            ))
    }

    @Test func pluginConfigProblemsCarryTheirKeyPath() async throws {
        let result = try await check(
            mutated {
                $0.replacingOccurrences(
                    of: "plugins: []", with: "plugins:\n  - name: webhook\n    config:\n      url: 42x")
            })
        #expect(result.status == 2)
        #expect(result.output.contains("plugins[0].config.url: expected an http or https URL, found '42x'"))
    }

    @Test func missingFile() async throws {
        let (status, output) = try await RoamwireProcess.run(["check-config", "--config", "/nonexistent/roamwire.yaml"])
        #expect(status == 2)
        #expect(output.contains("/nonexistent/roamwire.yaml: (top level): cannot read the file"))
    }

    @Test func serveRefusesABadConfigWithStatus2() async throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(
            HostTestConfig().yaml(in: directory).replacingOccurrences(
                of: "plugins: []", with: "plugins:\n  - name: teleport"),
            to: "roamwire.yaml")
        let (status, output) = try await RoamwireProcess.run(
            ["serve", "--config", file], environment: HostTestConfig.environment)
        #expect(status == 2)
        #expect(output.contains("unknown plugin 'teleport'"))
    }
}
