import Foundation
import PlatformCore

/// Our OCPI connection with one partner: where their API is, the token we present to them, and
/// which of our grants they hold. Stored beside the domain `Partner`, in the same transactions.
struct OCPIConnection: StoredDocument, Hashable {
    var partnerID: PartnerID
    /// Their versions endpoint.
    var versionsURL: String?
    /// The version both sides speak (`2.2.1`).
    var version: String?
    /// Their endpoints for that version.
    var endpoints: [OCPIEndpoint]
    /// The roles they announced in their credentials.
    var roles: [OCPICredentialsRole]
    /// The token they issued to us (A while registering with them, then B or C).
    var outboundToken: String?
    /// How they want the token written in the `Authorization` header.
    var outboundEncoding: OCPIAuthorizationHeader.Encoding
    /// Hash of the token we issued to them, for revocation.
    var inboundTokenHash: String?
    /// How they write our token when they call us (learned from their requests).
    var inboundEncoding: OCPIAuthorizationHeader.Encoding?
    /// The last failure talking to them, for operators.
    var lastError: String?
    var lastUpdated: Date

    static var documentKind: DocumentKind { .connection }
    var owner: PartyID? { nil }
    var documentID: String { Self.documentID(for: partnerID) }

    static func documentID(for partner: PartnerID) -> String { "ocpi:\(partner.rawValue)" }

    /// A connection we know nothing of yet.
    static func empty(_ partner: PartnerID, at time: Date) -> OCPIConnection {
        OCPIConnection(
            partnerID: partner, versionsURL: nil, version: nil, endpoints: [], roles: [], outboundToken: nil,
            outboundEncoding: .base64, inboundTokenHash: nil, inboundEncoding: nil, lastError: nil, lastUpdated: time)
    }

    /// Their endpoint for `module` in `role`, if they announced one.
    func endpoint(_ module: String, role: String? = nil) -> String? {
        endpoints.first { $0.identifier.rawValue == module && (role == nil || $0.role.rawValue == role) }?.url
    }
}
