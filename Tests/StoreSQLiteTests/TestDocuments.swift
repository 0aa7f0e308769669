import Foundation
import PlatformCore
import RoamwireTesting

/// A minimal stored document for tests that exercise the store rather than the domain model.
struct Note: StoredDocument, Equatable {
    static let documentKind = DocumentKind.location
    var owner: PartyID?
    var documentID: String
    var lastUpdated: Date
    var text: String

    init(_ id: String, owner: PartyID? = .abc, at lastUpdated: Date = .reference, text: String = "note") {
        self.owner = owner
        self.documentID = id
        self.lastUpdated = lastUpdated
        self.text = text
    }
}

/// A second kind, to check that kinds never mix.
struct Memo: StoredDocument, Equatable {
    static let documentKind = DocumentKind.tariff
    var owner: PartyID?
    var documentID: String
    var lastUpdated: Date
}

extension PartyID {
    /// `DE*ABC`, the samples' CPO party.
    static let abc = DomainSamples.cpoParty
    /// `NL*XYZ`, the samples' eMSP party.
    static let xyz = DomainSamples.emspParty
}

extension Date {
    /// A fixed instant with whole milliseconds, so encoded dates round-trip exactly.
    static let reference = Date(timeIntervalSince1970: 1_790_000_000)
}

extension OutboxMessage {
    /// A webhook push with a recognisable payload.
    static func push(key: String, _ text: String = "payload", channel: String = "webhook") -> OutboxMessage {
        OutboxMessage(
            channel: channel, destination: "https://partner.example/hook", orderingKey: key, payload: Data(text.utf8))
    }
}
