import PlatformCore

/// CDR ↔ domain ``CDR``.
extension OCPICDR {
    /// The wire form of a domain CDR; empty lists are omitted.
    init(domain cdr: CDR) {
        self.init(
            countryCode: cdr.party.countryCode, partyID: cdr.party.partyID, id: cdr.id,
            startDateTime: cdr.startDateTime, endDateTime: cdr.endDateTime, sessionID: cdr.sessionID,
            cdrToken: OCPICdrToken(domain: cdr.cdrToken), authMethod: OCPIAuthMethod(domain: cdr.authMethod),
            authorizationReference: cdr.authorizationReference, cdrLocation: OCPICdrLocation(domain: cdr.cdrLocation),
            meterID: cdr.meterID, currency: cdr.currency,
            tariffs: OCPIMapping.list(cdr.tariffs.map(OCPITariff.init(domain:))),
            chargingPeriods: cdr.chargingPeriods.map(OCPIChargingPeriod.init(domain:)),
            signedData: cdr.signedData.map(OCPISignedData.init(domain:)), totalCost: OCPIPrice(domain: cdr.totalCost),
            totalFixedCost: cdr.totalFixedCost.map(OCPIPrice.init(domain:)), totalEnergy: cdr.totalEnergy,
            totalEnergyCost: cdr.totalEnergyCost.map(OCPIPrice.init(domain:)), totalTime: cdr.totalTime,
            totalTimeCost: cdr.totalTimeCost.map(OCPIPrice.init(domain:)), totalParkingTime: cdr.totalParkingTime,
            totalParkingCost: cdr.totalParkingCost.map(OCPIPrice.init(domain:)),
            totalReservationCost: cdr.totalReservationCost.map(OCPIPrice.init(domain:)), remark: cdr.remark,
            invoiceReferenceID: cdr.invoiceReferenceID, credit: cdr.credit, creditReferenceID: cdr.creditReferenceID,
            homeChargingCompensation: cdr.homeChargingCompensation, lastUpdated: cdr.lastUpdated)
    }

    /// The domain CDR, owned by the party named in `country_code`/`party_id`.
    /// - Throws: ``OCPIMappingError`` for a malformed party or coordinate, or an enum value the
    ///   domain cannot hold.
    func domain() throws -> CDR {
        CDR(
            party: try OCPIMapping.party(countryCode: countryCode, partyID: partyID), id: id,
            startDateTime: startDateTime, endDateTime: endDateTime, sessionID: sessionID,
            cdrToken: try OCPIMapping.within("cdr_token") { try cdrToken.domain() },
            authMethod: try authMethod.domain("auth_method"), authorizationReference: authorizationReference,
            cdrLocation: try OCPIMapping.within("cdr_location") { try cdrLocation.domain() }, meterID: meterID,
            currency: currency, tariffs: try OCPIMapping.map(tariffs, "tariffs") { try $0.domain() },
            chargingPeriods: try OCPIMapping.map(chargingPeriods, "charging_periods") { try $0.domain() },
            signedData: signedData?.domain(), totalCost: totalCost.domain(), totalFixedCost: totalFixedCost?.domain(),
            totalEnergy: totalEnergy, totalEnergyCost: totalEnergyCost?.domain(), totalTime: totalTime,
            totalTimeCost: totalTimeCost?.domain(), totalParkingTime: totalParkingTime,
            totalParkingCost: totalParkingCost?.domain(), totalReservationCost: totalReservationCost?.domain(),
            remark: remark, invoiceReferenceID: invoiceReferenceID, credit: credit,
            creditReferenceID: creditReferenceID, homeChargingCompensation: homeChargingCompensation,
            lastUpdated: lastUpdated)
    }
}
