import Foundation
import PlatformCore

/// A credentials token a partner may present to us, stored under its hash: the store lookup by
/// hash is the comparison, so no token is ever compared character by character.
struct AccessGrant: StoredDocument, Hashable {
    /// What the token opens.
    enum Scope: String, Codable, Sendable, Hashable {
        /// OCPI token A: only versions, version details and credentials.
        case registration
        /// Every module the partner may use.
        case full
    }

    /// SHA-256 of the token, hex.
    var tokenHash: String
    var partnerID: PartnerID
    var scope: Scope
    var lastUpdated: Date

    static var documentKind: DocumentKind { .accessGrant }
    var owner: PartyID? { nil }
    var documentID: String { tokenHash }
}
