import PlatformCore

/// Token ↔ domain ``Token``. The domain's OICP-only ``Token/expiryDate`` is not carried by OCPI.
extension OCPIToken {
    /// The wire form of a domain token.
    init(domain token: Token) {
        self.init(
            countryCode: token.party.countryCode, partyID: token.party.partyID, uid: token.uid,
            type: OCPITokenType(domain: token.type), contractID: token.contractID, visualNumber: token.visualNumber,
            issuer: token.issuer, groupID: token.groupID, valid: token.valid,
            whitelist: OCPIWhitelistType(domain: token.whitelist), language: token.language,
            defaultProfileType: token.defaultProfileType.map(OCPIProfileType.init(domain:)),
            energyContract: token.energyContract.map(OCPIEnergyContract.init(domain:)), lastUpdated: token.lastUpdated)
    }

    /// The domain token, owned by the party named in `country_code`/`party_id`.
    /// - Throws: ``OCPIMappingError`` for a malformed party or an enum value the domain cannot hold.
    func domain() throws -> Token {
        Token(
            party: try OCPIMapping.party(countryCode: countryCode, partyID: partyID), uid: uid,
            type: try type.domain("type"), contractID: contractID, visualNumber: visualNumber, issuer: issuer,
            groupID: groupID, valid: valid, whitelist: try whitelist.domain("whitelist"), language: language,
            defaultProfileType: try defaultProfileType.map { try $0.domain("default_profile_type") },
            energyContract: energyContract?.domain(), lastUpdated: lastUpdated)
    }
}

/// EnergyContract ↔ domain ``EnergyContract``.
extension OCPIEnergyContract {
    /// The wire form of a domain energy contract.
    init(domain contract: EnergyContract) {
        self.init(supplierName: contract.supplierName, contractID: contract.contractID)
    }

    /// The domain energy contract.
    func domain() -> EnergyContract {
        EnergyContract(supplierName: supplierName, contractID: contractID)
    }
}
