import PlatformCore

/// CredentialsRole ↔ domain ``Party``.
extension OCPICredentialsRole {
    /// The credentials role announcing a domain party.
    init(domain party: Party) {
        self.init(
            role: OCPIRole(domain: party.role), businessDetails: OCPIBusinessDetails(domain: party.businessDetails),
            partyID: party.id.partyID, countryCode: party.id.countryCode)
    }

    /// The domain party.
    /// - Throws: ``OCPIMappingError`` for a malformed party or a role the domain does not know.
    func domain() throws -> Party {
        Party(
            id: try OCPIMapping.party(countryCode: countryCode, partyID: partyID), role: try role.domain("role"),
            businessDetails: businessDetails.domain())
    }
}
