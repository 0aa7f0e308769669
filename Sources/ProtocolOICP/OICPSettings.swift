import Foundation

/// The `protocols.oicp` block of the config:
///
/// ```yaml
/// protocols:
///   oicp:
///     enabled: false
///     hub_url: https://service-qa.hubject.com    # Hubject's base URL
///     operator_id: DE*ABC                         # our CPO identity at Hubject
///     provider_id: DE-XYZ                         # our EMP identity at Hubject
///     client_certificate: /etc/roamwire/hubject.crt
///     client_key: /etc/roamwire/hubject.key
/// ```
struct OICPSettings: Decodable, Sendable {
    var hubURL: String?
    var operatorID: String?
    var providerID: String?
    var clientCertificate: String?
    var clientKey: String?

    enum CodingKeys: String, CodingKey {
        case hubURL = "hub_url"
        case operatorID = "operator_id"
        case providerID = "provider_id"
        case clientCertificate = "client_certificate"
        case clientKey = "client_key"
    }

    /// Every problem of an enabled block, as (key, reason) pairs relative to the block.
    func problems() -> [(key: String, reason: String)] {
        var problems: [(key: String, reason: String)] = [
            (key: "enabled", reason: "the OICP 2.3 adapter is not part of this build yet; set enabled: false")
        ]
        if let hubURL, URL(string: hubURL)?.scheme != "https" {
            problems.append((key: "hub_url", reason: "expected an https URL, found '\(hubURL)'"))
        }
        if let operatorID, operatorID.range(of: #"^[A-Z]{2}[*-]?[A-Z0-9]{3}$"#, options: .regularExpression) == nil {
            problems.append((key: "operator_id", reason: "expected an operator id like DE*ABC, found '\(operatorID)'"))
        }
        if let providerID, providerID.range(of: #"^[A-Z]{2}[*-]?[A-Z0-9]{3}$"#, options: .regularExpression) == nil {
            problems.append((key: "provider_id", reason: "expected a provider id like DE-XYZ, found '\(providerID)'"))
        }
        return problems
    }
}
