import PlatformCore

/// Tariff ↔ domain ``Tariff``.
extension OCPITariff {
    /// The wire form of a domain tariff; empty lists are omitted.
    init(domain tariff: Tariff) {
        self.init(
            countryCode: tariff.party.countryCode, partyID: tariff.party.partyID, id: tariff.id,
            currency: tariff.currency, type: tariff.type.map(OCPITariffType.init(domain:)),
            tariffAltText: OCPIMapping.list(tariff.tariffAltText.map(OCPIDisplayText.init(domain:))),
            tariffAltURL: tariff.tariffAltURL, minPrice: tariff.minPrice.map(OCPIPrice.init(domain:)),
            maxPrice: tariff.maxPrice.map(OCPIPrice.init(domain:)),
            elements: tariff.elements.map(OCPITariffElement.init(domain:)), startDateTime: tariff.startDateTime,
            endDateTime: tariff.endDateTime, energyMix: tariff.energyMix.map(OCPIEnergyMix.init(domain:)),
            lastUpdated: tariff.lastUpdated)
    }

    /// The domain tariff, owned by the party named in `country_code`/`party_id`.
    /// - Throws: ``OCPIMappingError`` for a malformed party or an enum value the domain cannot hold.
    func domain() throws -> Tariff {
        Tariff(
            party: try OCPIMapping.party(countryCode: countryCode, partyID: partyID), id: id, currency: currency,
            type: try type.map { try $0.domain("type") }, tariffAltText: (tariffAltText ?? []).map { $0.domain() },
            tariffAltURL: tariffAltURL, minPrice: minPrice?.domain(), maxPrice: maxPrice?.domain(),
            elements: try OCPIMapping.map(elements, "elements") { try $0.domain() }, energyMix: energyMix?.domain(),
            startDateTime: startDateTime, endDateTime: endDateTime, lastUpdated: lastUpdated)
    }
}
