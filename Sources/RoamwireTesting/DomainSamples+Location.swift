public import Foundation
public import PlatformCore

extension DomainSamples {
    /// A published location with two EVSEs (AC with two connectors, DC with one), opening
    /// hours with exceptions, an energy mix and every optional field set.
    public static func location(party: PartyID = cpoParty, id: String = "LOC1", lastUpdated: Date = referenceDate)
        -> Location
    {
        Location(
            party: party, id: id, publish: true,
            publishAllowedTo: [
                PublishTokenType(
                    uid: "04A1B2C3", type: .rfid, visualNumber: "NL-XYZ-000123", issuer: "XYZ Mobility",
                    groupID: "GROUP-7")
            ],
            name: "Marktplatz \(id)", address: "Marktplatz 1", city: "Heidelberg", postalCode: "69117",
            state: "Baden-Württemberg", country: "DEU",
            coordinates: GeoLocation(latitude: decimal("49.4121670"), longitude: decimal("8.7100400")),
            relatedLocations: [
                AdditionalGeoLocation(
                    latitude: decimal("49.41230"), longitude: decimal("8.71011"),
                    name: DisplayText(language: "en", text: "Entrance Hauptstraße"))
            ],
            parkingType: .onStreet,
            evses: [acEVSE(id: id, lastUpdated: lastUpdated), dcEVSE(id: id, lastUpdated: lastUpdated)],
            directions: [
                DisplayText(language: "en", text: "Next to the town hall"),
                DisplayText(language: "de", text: "Neben dem Rathaus"),
            ],
            operator: businessDetails(name: "ABC Charging"), suboperator: businessDetails(name: "ABC Süd"),
            siteOwner: businessDetails(name: "Stadt Heidelberg"), facilities: [.cafe, .trainStation],
            timeZone: "Europe/Berlin",
            openingTimes: OpeningHours(
                twentyFourSeven: false,
                regularHours: [
                    RegularHours(weekday: 1, periodBegin: "07:00", periodEnd: "22:00"),
                    RegularHours(weekday: 6, periodBegin: "09:30", periodEnd: "18:00"),
                ],
                exceptionalOpenings: [
                    ExceptionalPeriod(
                        periodBegin: date("2026-03-08T09:00:00Z"), periodEnd: date("2026-03-08T17:00:00Z"))
                ],
                exceptionalClosings: [
                    ExceptionalPeriod(
                        periodBegin: date("2026-12-24T13:00:00Z"), periodEnd: date("2026-12-26T23:00:00Z"))
                ]),
            chargingWhenClosed: false, images: [image(category: .location)], energyMix: energyMix(),
            hotlinePhoneNumber: "+4962211234567", lastUpdated: lastUpdated)
    }

    /// An AC EVSE with a Type 2 socket and a Schuko socket.
    public static func acEVSE(id: String = "LOC1", lastUpdated: Date = referenceDate) -> EVSE {
        EVSE(
            uid: "\(id)-EVSE1", evseID: "DE*ABC*E\(id)1", status: .available,
            statusSchedule: [
                StatusSchedule(
                    periodBegin: date("2026-04-01T06:00:00Z"), periodEnd: date("2026-04-01T10:00:00Z"),
                    status: .inoperative)
            ],
            capabilities: [.rfidReader, .remoteStartStopCapable, .reservable, .unlockCapable],
            connectors: [
                Connector(
                    id: "1", standard: .iec62196T2, format: .socket, powerType: .ac3Phase, maxVoltage: 230,
                    maxAmperage: 32, maxElectricPower: 22_000, chargingModes: [.mode3],
                    tariffIDs: ["AC-REG", "AC-FAST"],
                    termsAndConditions: "https://abc.example.com/terms", lastUpdated: lastUpdated),
                Connector(
                    id: "2", standard: .domesticF, format: .socket, powerType: .ac1Phase, maxVoltage: 230,
                    maxAmperage: 16, maxElectricPower: 3_680, chargingModes: [.mode2], tariffIDs: ["AC-REG"],
                    termsAndConditions: "https://abc.example.com/terms", lastUpdated: lastUpdated),
            ],
            floorLevel: "-1", coordinates: GeoLocation(latitude: decimal("49.41217"), longitude: decimal("8.71004")),
            physicalReference: "P1", directions: [DisplayText(language: "en", text: "Left bay")],
            parkingRestrictions: [.evOnly, .plugged], images: [image(category: .charger)],
            accessibility: .freePubliclyAccessible, authenticationModes: [.nfcRFIDClassic, .remote],
            paymentOptions: [.contract], valueAddedServices: [.reservation, .roofProvided],
            calibrationLawDataAvailability: .external, dynamicStatusAvailable: true, lastUpdated: lastUpdated)
    }

    /// A DC EVSE with a CCS cable.
    public static func dcEVSE(id: String = "LOC1", lastUpdated: Date = referenceDate) -> EVSE {
        EVSE(
            uid: "\(id)-EVSE2", evseID: "DE*ABC*E\(id)2", status: .charging,
            statusSchedule: [StatusSchedule(periodBegin: date("2026-05-01T00:00:00Z"), status: .removed)],
            capabilities: [.chargingProfileCapable, .creditCardPayable, .startSessionConnectorRequired],
            connectors: [
                Connector(
                    id: "1", standard: .iec62196T2Combo, format: .cable, powerType: .dc, maxVoltage: 920,
                    maxAmperage: 400, maxElectricPower: 300_000, chargingModes: [.mode4], tariffIDs: ["DC-REG"],
                    termsAndConditions: "https://abc.example.com/terms-dc", lastUpdated: lastUpdated)
            ],
            floorLevel: "0", coordinates: GeoLocation(latitude: decimal("49.41220"), longitude: decimal("8.71010")),
            physicalReference: "P2", directions: [DisplayText(language: "en", text: "Right bay, under the roof")],
            parkingRestrictions: [.customers], images: [image(category: .charger)],
            accessibility: .payingPubliclyAccessible, authenticationModes: [.plugAndCharge, .directPayment],
            paymentOptions: [.direct, .contract], valueAddedServices: [.dynamicPricing],
            calibrationLawDataAvailability: .local, dynamicStatusAvailable: false, lastUpdated: lastUpdated)
    }
}
