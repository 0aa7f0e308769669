public import Foundation
public import PlatformCore

extension DomainSamples {
    /// An active session with two charging periods and a running cost.
    public static func session(
        party: PartyID = cpoParty, id: String = "SES1", tokenParty: PartyID = emspParty,
        lastUpdated: Date = referenceDate
    ) -> Session {
        Session(
            party: party, id: id, startDateTime: date("2026-03-01T07:00:00.250Z"),
            endDateTime: date("2026-03-01T08:10:00Z"), kwh: decimal("12.3456"), cdrToken: cdrToken(party: tokenParty),
            authMethod: .authRequest, authorizationReference: "AUTH-0001", locationID: "LOC1", evseUID: "LOC1-EVSE1",
            connectorID: "1", meterID: "METER-42", currency: "EUR", chargingPeriods: chargingPeriods(),
            totalCost: Price(exclVat: decimal("4.6994"), inclVat: decimal("5.592286")), status: .active,
            lastUpdated: lastUpdated)
    }

    /// Two charging periods: energy and time, then parking.
    public static func chargingPeriods() -> [ChargingPeriod] {
        [
            ChargingPeriod(
                startDateTime: date("2026-03-01T07:00:00.250Z"),
                dimensions: [
                    CDRDimension(type: .energy, volume: decimal("12.3456")),
                    CDRDimension(type: .time, volume: decimal("0.8375")),
                    CDRDimension(type: .maxPower, volume: decimal("22.08")),
                ],
                tariffID: "AC-REG"),
            ChargingPeriod(
                startDateTime: date("2026-03-01T07:50:15Z"),
                dimensions: [CDRDimension(type: .parkingTime, volume: decimal("0.3292"))],
                tariffID: "AC-REG"),
        ]
    }

    /// A CDR with signed calibration-law data, a tariff, every cost and optional field set.
    public static func cdr(
        party: PartyID = cpoParty, id: String = "CDR1", tokenParty: PartyID = emspParty,
        lastUpdated: Date = referenceDate
    ) -> CDR {
        CDR(
            party: party, id: id, startDateTime: date("2026-03-01T07:00:00.250Z"),
            endDateTime: date("2026-03-01T08:10:00Z"), sessionID: "SES1", cdrToken: cdrToken(party: tokenParty),
            authMethod: .whitelist, authorizationReference: "AUTH-0001",
            cdrLocation: CDRLocation(
                id: "LOC1", name: "Marktplatz LOC1", address: "Marktplatz 1", city: "Heidelberg", postalCode: "69117",
                state: "Baden-Württemberg", country: "DEU",
                coordinates: GeoLocation(latitude: decimal("49.4121670"), longitude: decimal("8.7100400")),
                evseUID: "LOC1-EVSE1", evseID: "DE*ABC*ELOC11", connectorID: "1", connectorStandard: .iec62196T2,
                connectorFormat: .socket, connectorPowerType: .ac3Phase),
            meterID: "METER-42", currency: "EUR", tariffs: [tariff(party: party)], chargingPeriods: chargingPeriods(),
            signedData: SignedData(
                encodingMethod: "OCMF", encodingMethodVersion: 1, publicKey: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE",
                signedValues: [
                    SignedValue(nature: "Start", plainData: "OCMF|{\"RD\":[{\"RV\":1000.0}]}", signedData: "MEUCIQDs"),
                    SignedValue(nature: "End", plainData: "OCMF|{\"RD\":[{\"RV\":1012.3456}]}", signedData: "MEQCIFx"),
                ],
                url: "https://transparenz.example.com/verify"),
            totalCost: Price(exclVat: decimal("6.0900"), inclVat: decimal("7.24")),
            totalFixedCost: Price(exclVat: decimal("1.15"), inclVat: decimal("1.3685")),
            totalEnergy: decimal("12.3456"),
            totalEnergyCost: Price(exclVat: decimal("3.5494"), inclVat: decimal("4.223786")),
            totalTime: decimal("1.1667"), totalTimeCost: Price(exclVat: decimal("0"), inclVat: decimal("0")),
            totalParkingTime: decimal("0.3292"),
            totalParkingCost: Price(exclVat: decimal("0.79"), inclVat: decimal("0.849")),
            totalReservationCost: Price(exclVat: decimal("0.2875"), inclVat: decimal("0.342125")),
            remark: "Stopped by the driver", invoiceReferenceID: "INV-2026-0042", credit: false,
            creditReferenceID: "CDR0", homeChargingCompensation: false, lastUpdated: lastUpdated)
    }
}
