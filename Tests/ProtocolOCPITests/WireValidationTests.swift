import Foundation
import PlatformCore
import RoamwireTesting
import Testing

@testable import ProtocolOCPI

@Suite("Wire-format validation")
struct WireValidationTests {
    private let idOf37 = String(repeating: "A", count: 37)

    @Test("the domain samples give valid wire objects")
    func samplesAreValid() {
        #expect(OCPILocation(domain: DomainSamples.location()).validate() == [])
        #expect(OCPITariff(domain: DomainSamples.tariff()).validate() == [])
        #expect(OCPIToken(domain: DomainSamples.token()).validate() == [])
        #expect(OCPISession(domain: DomainSamples.session()).validate() == [])
        #expect(OCPICDR(domain: DomainSamples.cdr()).validate() == [])
    }

    @Test("an id longer than 36 characters is reported, with its path")
    func overlongIDs() {
        var location = OCPILocation(domain: DomainSamples.location())
        location.id = idOf37
        location.evses?[0].connectors[1].id = idOf37
        location.evses?[1].connectors[0].tariffIDs = ["DC-REG", idOf37]
        #expect(
            location.validate().map(\.path) == [
                "id", "evses[0].connectors[1].id", "evses[1].connectors[0].tariff_ids[1]",
            ])
        #expect(location.validate().first?.reason == "is 37 characters long, at most 36 allowed")
    }

    @Test("CDR ids may have 39 characters, not 40")
    func creditCDRIDs() {
        var cdr = OCPICDR(domain: DomainSamples.cdr())
        cdr.id = String(repeating: "C", count: 39)
        #expect(cdr.validate() == [])
        cdr.id += "C"
        #expect(cdr.validate().map(\.path) == ["id"])
    }

    @Test("party, country, currency, coordinates and texts are checked")
    func formats() {
        var location = OCPILocation(domain: DomainSamples.location())
        location.countryCode = "DEU"
        location.partyID = "AB"
        location.country = "DE"
        location.coordinates.latitude = "49.41"
        location.coordinates.longitude = "8,7100400"
        location.timeZone = "Europe/Heidelberg"
        location.directions?[0].text = "Turn left\u{7}"
        location.evses?[0].physicalReference = String(repeating: "P", count: 17)
        #expect(
            location.validate().map(\.path) == [
                "country_code", "party_id", "country", "coordinates.latitude", "coordinates.longitude",
                "evses[0].physical_reference", "directions[0].text", "time_zone",
            ])
    }

    @Test("lists that need entries, duplicate keys and dependent fields are reported")
    func structure() throws {
        var evse = OCPIEVSE(domain: DomainSamples.acEVSE())
        evse.connectors[1].id = "1"
        #expect(evse.validate().map(\.description) == ["connectors[1]: duplicates '1'"])
        evse.connectors = []
        #expect(evse.validate().map(\.description) == ["connectors: must contain at least one entry"])

        var tariff = OCPITariff(domain: DomainSamples.tariff())
        tariff.elements[3].priceComponents.append(OCPIPriceComponent(type: .energy, price: 1, stepSize: 1))
        #expect(tariff.validate().map(\.path) == ["elements[3].price_components[1].type"])

        var cdr = OCPICDR(domain: DomainSamples.cdr())
        cdr.credit = true
        cdr.creditReferenceID = nil
        #expect(cdr.validate().map(\.path) == ["credit_reference_id"])

        var command = OCPIStartSession(
            responseURL: "https://emsp.example.com/cb", token: OCPIToken(domain: DomainSamples.token()),
            locationID: "LOC1", connectorID: "1")
        #expect(command.validate().map(\.path) == ["evse_uid"])
        command.evseUID = "LOC1-EVSE1"
        #expect(command.validate() == [])
    }

    @Test("credentials: token characters and length, roles present and distinct")
    func credentials() {
        let role = OCPICredentialsRole(domain: DomainSamples.party())
        var credentials = OCPICredentials(
            token: "abc def", url: "https://roamwire.example.com/ocpi/versions", roles: [])
        #expect(credentials.validate().map(\.path) == ["token", "roles"])
        credentials.token = String(repeating: "t", count: 65)
        credentials.roles = [role, role]
        #expect(
            credentials.validate().map(\.description) == [
                "token: is 65 characters long, at most 64 allowed", "roles[1]: duplicates 'CPO DE*ABC'",
            ])
    }

    @Test("a PATCH must carry last_updated")
    func patchNeedsLastUpdated() {
        #expect(
            OCPIEVSEPatch(status: .charging).validate().map(\.description) == [
                "last_updated: is required in a PATCH"
            ])
        #expect(OCPITokenPatch(valid: false, lastUpdated: Date()).validate() == [])
    }

    @Test("hours, publish rules and tariff restrictions are checked")
    func nestedRules() {
        var location = OCPILocation(domain: DomainSamples.location())
        location.openingTimes?.regularHours?[1].periodEnd = "24:00"
        location.openingTimes?.regularHours?[0].weekday = 0
        location.publishAllowedTo = [OCPIPublishTokenType(uid: "04A1B2C3")]
        #expect(
            location.validate().map(\.path) == [
                "publish_allowed_to[0].type", "opening_times.regular_hours[0].weekday",
                "opening_times.regular_hours[1].period_end",
            ])

        var tariff = OCPITariff(domain: DomainSamples.tariff())
        tariff.elements[1].restrictions?.startTime = "7:00"
        tariff.elements[1].restrictions?.endDate = "2027-02-30x"
        #expect(
            tariff.validate().map(\.path) == [
                "elements[1].restrictions.start_time", "elements[1].restrictions.end_date",
            ])
    }
}
