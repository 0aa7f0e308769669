import Foundation
import PlatformCore

/// Reads and writes a partner's record, its OCPI connection and its grants, always together in
/// one transaction (with the party-status events a state change causes), so that a handshake
/// never leaves half a registration behind.
struct PartnerRecords: Sendable {
    let store: any Store
    let writer: DomainWriter

    /// The partner and its connection; a new partner record when `id` is unknown.
    func load(_ id: PartnerID, name: String?, now: Date) async throws -> (Partner, OCPIConnection) {
        let partner =
            try await store.document(Partner.self, owner: nil, id: id.rawValue)
            ?? Partner(
                id: id, name: name ?? id.rawValue, roamingProtocol: .ocpi, credentialsState: .unregistered,
                createdAt: now, lastUpdated: now)
        let connection =
            try await store.document(OCPIConnection.self, owner: nil, id: OCPIConnection.documentID(for: id))
            ?? .empty(id, at: now)
        return (partner, connection)
    }

    /// Saves `partner` and `connection`, adds `grants` and removes the grants whose hashes are in
    /// `revoking`, in one transaction. A state change also records the partner's parties as
    /// connected, offline or suspended.
    func save(
        _ partner: Partner, _ connection: OCPIConnection, granting grants: [AccessGrant] = [],
        revoking revoked: [String] = [], previousState: CredentialsState, now: Date
    ) async throws {
        var events: [DomainEvent] = [.partnerChanged(partner)]
        if partner.credentialsState != previousState, let status = Self.connection(for: partner.credentialsState) {
            events += partner.parties.map {
                .partyStatusChanged(
                    PartyStatus(
                        party: $0.id, role: $0.role, connection: status, reportedBy: partner.id, lastUpdated: now))
            }
        }
        let kept = revoked.filter { hash in !grants.contains { $0.tokenHash == hash } }
        try await writer.record(
            events,
            alongWith: [try .upsert(connection)] + (try grants.map { try .upsert($0) })
                + kept.map { .delete(AccessGrant.self, owner: nil, id: $0, at: now) })
    }

    private static func connection(for state: CredentialsState) -> PartyStatus.Connection? {
        switch state {
        case .registered: .connected
        case .failed: .offline
        case .unregistered: .suspended
        case .awaitingRegistration, .registering: nil
        }
    }
}
