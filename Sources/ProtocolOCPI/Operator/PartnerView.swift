import Foundation
import PlatformCore

/// A partner as the operator API shows it: the domain record and the OCPI connection, with
/// tokens reduced to hints.
struct PartnerView: Encodable, Sendable {
    struct Connection: Encodable, Sendable {
        var versionsURL: String?
        var version: String?
        var endpoints: [OCPIEndpoint]
        var outboundToken: String?
        var outboundEncoding: String
        var inboundEncoding: String?
        var lastError: String?
    }

    var partner: Partner
    var ocpi: Connection

    init(_ partner: Partner, _ connection: OCPIConnection) {
        self.partner = partner
        self.ocpi = Connection(
            versionsURL: connection.versionsURL, version: connection.version, endpoints: connection.endpoints,
            outboundToken: connection.outboundToken.map(CredentialsToken.hint),
            outboundEncoding: connection.outboundEncoding.rawValue,
            inboundEncoding: connection.inboundEncoding?.rawValue,
            lastError: connection.lastError)
    }
}

/// The answer to issuing a registration token: hand `token` and `versionsURL` to the partner.
struct RegistrationTokenView: Encodable, Sendable {
    var partner: Partner
    var token: String
    var versionsURL: String
}
