import Foundation
import RoamwireTesting

/// A config file for a test host: our parties are the samples' DE*ABC (CPO) and NL*XYZ (eMSP),
/// both listeners on loopback port 0, the store in the test's directory, JSON logs (the process
/// helper reads bound URLs from them), a fast outbox.
struct HostTestConfig {
    static let apiKey = RunningHost.apiKey

    var partnerPort = 0
    var operatorPort = 0
    var partnerHost = "127.0.0.1"
    var partnerTLS: String?
    var storePath: String?
    var ocpiEnabled = true
    var plugins = "[]"
    var extra = ""

    func yaml(in directory: TemporaryDirectory) -> String {
        """
        parties:
          - country_code: DE
            party_id: ABC
            role: CPO
            business_details:
              name: Test Charging
          - country_code: NL
            party_id: XYZ
            role: EMSP
            business_details:
              name: Test Mobility
        listeners:
          partner:
            host: \(partnerHost)
            port: \(partnerPort)
        \(partnerTLS.map { "    tls:\n" + $0 } ?? "")
          operator:
            host: 127.0.0.1
            port: \(operatorPort)
            api_keys: ["${TEST_OPERATOR_KEY}"]
        storage:
          sqlite:
            path: \(storePath ?? directory.path("store.sqlite"))
        protocols:
          ocpi:
            enabled: \(ocpiEnabled)
        plugins: \(plugins)
        logging:
          format: json
          level: debug
        outbox:
          poll_interval_ms: 20
          base_delay_ms: 10
        \(extra)
        """
    }

    /// Writes the file into `directory` and returns its path.
    func write(to directory: TemporaryDirectory, name: String = "roamwire.yaml") throws -> String {
        try directory.write(yaml(in: directory), to: name)
    }

    /// The environment the test host needs.
    static let environment = RunningHost.environment
}
