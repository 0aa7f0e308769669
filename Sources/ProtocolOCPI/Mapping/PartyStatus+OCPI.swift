import PlatformCore

/// ClientInfo ↔ domain ``PartyStatus``.
extension OCPIClientInfo {
    /// The wire form of a domain party status.
    init(domain status: PartyStatus) {
        self.init(
            partyID: status.party.partyID, countryCode: status.party.countryCode, role: OCPIRole(domain: status.role),
            status: OCPIConnectionStatus(domain: status.connection), lastUpdated: status.lastUpdated)
    }

    /// The domain party status, as reported by `reportedBy` (usually a hub).
    /// - Throws: ``OCPIMappingError`` for a malformed party, or a role or status the domain does not know.
    func domain(reportedBy: PartnerID?) throws -> PartyStatus {
        PartyStatus(
            party: try OCPIMapping.party(countryCode: countryCode, partyID: partyID), role: try role.domain("role"),
            connection: try status.domain("status"), reportedBy: reportedBy, lastUpdated: lastUpdated)
    }
}
