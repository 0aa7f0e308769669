import PlatformCore

/// Location ↔ domain ``Location``. The domain's OICP-only ``Location/hotlinePhoneNumber`` is
/// not carried by OCPI.
extension OCPILocation {
    /// The wire form of a domain location; empty lists are omitted.
    init(domain location: Location) {
        self.init(
            countryCode: location.party.countryCode, partyID: location.party.partyID, id: location.id,
            publish: location.publish,
            publishAllowedTo: OCPIMapping.list(location.publishAllowedTo.map(OCPIPublishTokenType.init(domain:))),
            name: location.name, address: location.address, city: location.city, postalCode: location.postalCode,
            state: location.state, country: location.country,
            coordinates: OCPIGeoLocation(domain: location.coordinates),
            relatedLocations: OCPIMapping.list(location.relatedLocations.map(OCPIAdditionalGeoLocation.init(domain:))),
            parkingType: location.parkingType.map(OCPIParkingType.init(domain:)),
            evses: OCPIMapping.list(location.evses.map(OCPIEVSE.init(domain:))),
            directions: OCPIMapping.list(location.directions.map(OCPIDisplayText.init(domain:))),
            operator: location.operator.map(OCPIBusinessDetails.init(domain:)),
            suboperator: location.suboperator.map(OCPIBusinessDetails.init(domain:)),
            owner: location.siteOwner.map(OCPIBusinessDetails.init(domain:)),
            facilities: OCPIMapping.list(location.facilities.map(OCPIFacility.init(domain:))),
            timeZone: location.timeZone, openingTimes: location.openingTimes.map(OCPIHours.init(domain:)),
            chargingWhenClosed: location.chargingWhenClosed,
            images: OCPIMapping.list(location.images.map(OCPIImage.init(domain:))),
            energyMix: location.energyMix.map(OCPIEnergyMix.init(domain:)), lastUpdated: location.lastUpdated)
    }

    /// The domain location, owned by the party named in `country_code`/`party_id`.
    /// - Throws: ``OCPIMappingError`` for a malformed party or coordinate, or an enum value the
    ///   domain cannot hold (e.g. an unknown power type).
    func domain() throws -> Location {
        Location(
            party: try OCPIMapping.party(countryCode: countryCode, partyID: partyID), id: id, publish: publish,
            publishAllowedTo: try OCPIMapping.map(publishAllowedTo, "publish_allowed_to") { try $0.domain() },
            name: name, address: address, city: city, postalCode: postalCode, state: state, country: country,
            coordinates: try OCPIMapping.within("coordinates") { try coordinates.domain() },
            relatedLocations: try OCPIMapping.map(relatedLocations, "related_locations") { try $0.domain() },
            parkingType: parkingType.map { ParkingType(rawValue: $0.rawValue) },
            evses: try OCPIMapping.map(evses, "evses") { try $0.domain() },
            directions: (directions ?? []).map { $0.domain() }, operator: `operator`?.domain(),
            suboperator: suboperator?.domain(), siteOwner: owner?.domain(),
            facilities: (facilities ?? []).map { Facility(rawValue: $0.rawValue) }, timeZone: timeZone,
            openingTimes: openingTimes?.domain(), chargingWhenClosed: chargingWhenClosed,
            images: (images ?? []).map { $0.domain() }, energyMix: energyMix?.domain(), lastUpdated: lastUpdated)
    }
}
