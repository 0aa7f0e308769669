public import Foundation
public import PlatformCore

extension DomainSamples {
    /// A tariff with a start fee, an energy price of 0.2875 excl. VAT, a time-restricted
    /// energy price, parking time, a reservation element and every optional field set.
    public static func tariff(party: PartyID = cpoParty, id: String = "AC-REG", lastUpdated: Date = referenceDate)
        -> Tariff
    {
        Tariff(
            party: party, id: id, currency: "EUR", type: .regular,
            tariffAltText: [
                DisplayText(language: "en", text: "Start fee plus energy; parking after 2 hours"),
                DisplayText(language: "de", text: "Startgebühr plus Energie; Parken nach 2 Stunden"),
            ],
            tariffAltURL: "https://abc.example.com/tariffs/\(id)",
            minPrice: Price(exclVat: decimal("1.15"), inclVat: decimal("1.3685")),
            maxPrice: Price(exclVat: decimal("89.9916"), inclVat: decimal("107.09")),
            elements: [
                TariffElement(priceComponents: [
                    PriceComponent(type: .flat, price: decimal("1.15"), vat: decimal("19"), stepSize: 1),
                    PriceComponent(type: .energy, price: decimal("0.2875"), vat: decimal("19"), stepSize: 1),
                ]),
                TariffElement(
                    priceComponents: [
                        PriceComponent(type: .energy, price: decimal("0.3333"), vat: decimal("19"), stepSize: 100)
                    ],
                    restrictions: TariffRestrictions(
                        startTime: "17:00", endTime: "20:00", startDate: "2026-01-01", endDate: "2027-01-01",
                        minKwh: decimal("0.5"), maxKwh: decimal("150.125"), minCurrent: decimal("6"),
                        maxCurrent: decimal("32.5"), minPower: decimal("1.4"), maxPower: decimal("22.08"),
                        minDuration: 300, maxDuration: 7_200, dayOfWeek: [.monday, .friday])),
                TariffElement(
                    priceComponents: [
                        PriceComponent(type: .parkingTime, price: decimal("2.4"), vat: decimal("7.5"), stepSize: 300)
                    ],
                    restrictions: TariffRestrictions(minDuration: 7_200)),
                TariffElement(
                    priceComponents: [PriceComponent(type: .time, price: decimal("0.99"), stepSize: 60)],
                    restrictions: TariffRestrictions(reservation: .reservation)),
            ],
            energyMix: energyMix(), startDateTime: date("2026-01-01T00:00:00Z"),
            endDateTime: date("2026-12-31T23:00:00Z"), lastUpdated: lastUpdated)
    }

    /// An RFID token of the sample eMSP with every optional field set.
    public static func token(
        party: PartyID = emspParty, uid: String = "04A1B2C3", type: TokenType = .rfid,
        lastUpdated: Date = referenceDate
    ) -> Token {
        Token(
            party: party, uid: uid, type: type, contractID: "NL-XYZ-C\(uid)-7", visualNumber: "NL-XYZ-000123",
            issuer: "XYZ Mobility", groupID: "GROUP-7", valid: true, whitelist: .allowed, language: "nl",
            defaultProfileType: .green,
            energyContract: EnergyContract(supplierName: "Groene Stroom BV", contractID: "GS-991"),
            expiryDate: date("2028-12-31T23:59:59Z"), lastUpdated: lastUpdated)
    }

    /// A token snapshot of ``token(party:uid:type:lastUpdated:)``.
    public static func cdrToken(party: PartyID = emspParty, uid: String = "04A1B2C3") -> CDRToken {
        CDRToken(party: party, uid: uid, type: .rfid, contractID: "NL-XYZ-C\(uid)-7")
    }

    /// A negative authorization answer with location, reference and a message.
    public static func authorizationInfo(allowed: AuthorizationAllowed = .notAllowed) -> AuthorizationInfo {
        AuthorizationInfo(
            allowed: allowed, token: token(),
            location: LocationReference(locationID: "LOC1", evseUIDs: ["LOC1-EVSE1"]),
            authorizationReference: "AUTH-0001", info: DisplayText(language: "en", text: "Not at this location"))
    }
}
