import Foundation
import PlatformCore
import RoamwireTesting
import Testing

@testable import ProtocolOCPI

@Suite("PATCH bodies")
struct PatchTests {
    private func decode<T: Decodable>(_ type: T.Type, _ file: String) throws -> T {
        try OCPICoding.makeDecoder().decode(T.self, from: OfficialExamples.data(file))
    }

    @Test("an EVSE status PATCH changes the status and last_updated only")
    func evseStatus() throws {
        let patch = try decode(OCPIEVSEPatch.self, "location_patch_example_status.json")
        let stored = OCPIEVSE(domain: DomainSamples.acEVSE())
        var patched = stored
        patched.apply(patch)
        #expect(patched.status == .charging)
        #expect(patched.lastUpdated == patch.lastUpdated)
        patched.status = stored.status
        patched.lastUpdated = stored.lastUpdated
        #expect(patched == stored)
    }

    @Test("a connector tariff PATCH replaces the whole list")
    func connectorTariffs() throws {
        var connector = OCPIConnector(domain: DomainSamples.acEVSE().connectors[0])
        connector.apply(try decode(OCPIConnectorPatch.self, "location_patch_example_tariff.json"))
        #expect(connector.tariffIDs == ["15"])
    }

    @Test("a location PATCH renames it")
    func locationName() throws {
        var location = OCPILocation(domain: DomainSamples.location())
        location.apply(try decode(OCPILocationPatch.self, "location_patch_example_location.json"))
        #expect(location.name == "Interparking Gent Zuid")
        #expect(location.evses?.count == 2)
    }

    @Test("a session PATCH appends charging periods and updates the cost")
    func sessionPeriods() throws {
        var session = OCPISession(domain: DomainSamples.session())
        session.apply(try decode(OCPISessionPatch.self, "session_patch_example_charging_period.json"))
        #expect(session.chargingPeriods?.count == 3)
        #expect(session.chargingPeriods?.last?.dimensions == [OCPICdrDimension(type: .energy, volume: 2200)])
        #expect(session.kwh == 15)
        #expect(
            session.totalCost
                == OCPIPrice(exclVat: DomainSamples.decimal("0.80"), inclVat: DomainSamples.decimal("0.88")))
    }

    @Test("a token PATCH invalidates it")
    func tokenInvalidation() throws {
        var token = OCPIToken(domain: DomainSamples.token())
        token.apply(try decode(OCPITokenPatch.self, "token_patch_example.json"))
        #expect(token.valid == false)
        #expect(try token.domain().issuer == "XYZ Mobility")
    }
}
