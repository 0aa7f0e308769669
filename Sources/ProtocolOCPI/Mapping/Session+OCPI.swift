import PlatformCore

/// Session ↔ domain ``Session``.
extension OCPISession {
    /// The wire form of a domain session; empty lists are omitted.
    init(domain session: Session) {
        self.init(
            countryCode: session.party.countryCode, partyID: session.party.partyID, id: session.id,
            startDateTime: session.startDateTime, endDateTime: session.endDateTime, kwh: session.kwh,
            cdrToken: OCPICdrToken(domain: session.cdrToken), authMethod: OCPIAuthMethod(domain: session.authMethod),
            authorizationReference: session.authorizationReference, locationID: session.locationID,
            evseUID: session.evseUID, connectorID: session.connectorID, meterID: session.meterID,
            currency: session.currency,
            chargingPeriods: OCPIMapping.list(session.chargingPeriods.map(OCPIChargingPeriod.init(domain:))),
            totalCost: session.totalCost.map(OCPIPrice.init(domain:)),
            status: OCPISessionStatus(domain: session.status),
            lastUpdated: session.lastUpdated)
    }

    /// The domain session, owned by the party named in `country_code`/`party_id`. The status
    /// `RESERVED`, which the spec's prose uses for `RESERVATION`, is read as `RESERVATION`.
    /// - Throws: ``OCPIMappingError`` for a malformed party or an enum value the domain cannot hold.
    func domain() throws -> Session {
        Session(
            party: try OCPIMapping.party(countryCode: countryCode, partyID: partyID), id: id,
            startDateTime: startDateTime, endDateTime: endDateTime, kwh: kwh,
            cdrToken: try OCPIMapping.within("cdr_token") { try cdrToken.domain() },
            authMethod: try authMethod.domain("auth_method"), authorizationReference: authorizationReference,
            locationID: locationID, evseUID: evseUID, connectorID: connectorID, meterID: meterID, currency: currency,
            chargingPeriods: try OCPIMapping.map(chargingPeriods, "charging_periods") { try $0.domain() },
            totalCost: totalCost?.domain(),
            status: status.rawValue == "RESERVED" ? .reservation : try status.domain("status"),
            lastUpdated: lastUpdated)
    }
}
