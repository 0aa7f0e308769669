import PlatformCore

/// CdrToken ↔ domain ``CDRToken``.
extension OCPICdrToken {
    /// The wire form of a domain token snapshot.
    init(domain token: CDRToken) {
        self.init(
            countryCode: token.party.countryCode, partyID: token.party.partyID, uid: token.uid,
            type: OCPITokenType(domain: token.type), contractID: token.contractID)
    }

    /// The domain token snapshot, issued by the party named in `country_code`/`party_id`.
    /// - Throws: ``OCPIMappingError`` for a malformed party or a token type the domain does not know.
    func domain() throws -> CDRToken {
        CDRToken(
            party: try OCPIMapping.party(countryCode: countryCode, partyID: partyID), uid: uid,
            type: try type.domain("type"), contractID: contractID)
    }
}
