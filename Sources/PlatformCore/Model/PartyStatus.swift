public import Foundation

/// Whether a party of the roaming network can be reached, as we know it or as a hub reports it
/// (OCPI's ClientInfo).
public struct PartyStatus: Sendable, Hashable, Codable {
    /// Reachability of a party.
    public enum Connection: String, Sendable, Hashable, Codable, CaseIterable {
        /// Connected and reachable.
        case connected = "CONNECTED"
        /// Connected before, not reachable now.
        case offline = "OFFLINE"
        /// Expected to connect; not yet.
        case planned = "PLANNED"
        /// Disconnected on purpose.
        case suspended = "SUSPENDED"
    }

    /// The party.
    public var party: PartyID
    /// The role of the party this status is about.
    public var role: PartyRole
    /// Its reachability.
    public var connection: Connection
    /// The partner through whom we know the party (the partner itself, or a hub).
    public var reportedBy: PartnerID?
    /// When this status last changed.
    public var lastUpdated: Date

    /// Creates a party status.
    public init(party: PartyID, role: PartyRole, connection: Connection, reportedBy: PartnerID?, lastUpdated: Date) {
        self.party = party
        self.role = role
        self.connection = connection
        self.reportedBy = reportedBy
        self.lastUpdated = lastUpdated
    }
}

extension PartyStatus: StoredDocument {
    public static var documentKind: DocumentKind { .partyStatus }
    public var owner: PartyID? { party }
    /// One status per party and role.
    public var documentID: String { role.rawValue }
}
