import Foundation
import PlatformCore
import RoamwireTesting
import Testing

@testable import ProtocolOCPI

/// Domain → wire → JSON → wire → domain gives back every field OCPI carries. Fields only OICP
/// knows are cleared on the expected value first, because OCPI drops them by design.
@Suite("Domain round trips through the OCPI wire model")
struct DomainRoundTripTests {
    /// Encodes `value` with ``OCPICoding`` and decodes it again, as a partner would see it.
    private func overTheWire<T: OCPIWireObject>(_ value: T) throws -> T {
        try OCPICoding.makeDecoder().decode(T.self, from: OCPICoding.makeEncoder().encode(value))
    }

    @Test("Location, with its EVSEs and connectors")
    func location() throws {
        let original = DomainSamples.location()
        var expected = original
        expected.hotlinePhoneNumber = nil
        for index in expected.evses.indices {
            expected.evses[index].accessibility = nil
            expected.evses[index].authenticationModes = []
            expected.evses[index].paymentOptions = []
            expected.evses[index].valueAddedServices = []
            expected.evses[index].calibrationLawDataAvailability = nil
            expected.evses[index].dynamicStatusAvailable = nil
            for connector in expected.evses[index].connectors.indices {
                expected.evses[index].connectors[connector].chargingModes = []
            }
        }
        #expect(try overTheWire(OCPILocation(domain: original)).domain() == expected)
    }

    @Test("Tariff")
    func tariff() throws {
        let original = DomainSamples.tariff()
        #expect(try overTheWire(OCPITariff(domain: original)).domain() == original)
    }

    @Test("Token")
    func token() throws {
        let original = DomainSamples.token()
        var expected = original
        expected.expiryDate = nil
        #expect(try overTheWire(OCPIToken(domain: original)).domain() == expected)
    }

    @Test("Session")
    func session() throws {
        let original = DomainSamples.session()
        #expect(try overTheWire(OCPISession(domain: original)).domain() == original)
    }

    @Test("CDR")
    func cdr() throws {
        let original = DomainSamples.cdr()
        #expect(try overTheWire(OCPICDR(domain: original)).domain() == original)
    }

    @Test("AuthorizationInfo")
    func authorizationInfo() throws {
        let original = DomainSamples.authorizationInfo()
        var expected = original
        expected.token.expiryDate = nil
        #expect(try overTheWire(OCPIAuthorizationInfo(domain: original)).domain() == expected)
    }

    @Test("ChargingProfile, with the session context from the request")
    func chargingProfile() throws {
        let original = DomainSamples.chargingProfile()
        let wire = try overTheWire(OCPIChargingProfile(domain: original))
        let back = try wire.domain(
            party: original.party, sessionID: original.sessionID, requester: original.requester,
            lastUpdated: original.lastUpdated)
        #expect(back == original)
    }

    @Test("Credentials role and Party")
    func credentialsRole() throws {
        for party in [DomainSamples.party(), DomainSamples.party(id: DomainSamples.emspParty, role: .emsp)] {
            #expect(try overTheWire(OCPICredentialsRole(domain: party)).domain() == party)
        }
    }

    @Test("ClientInfo and PartyStatus")
    func clientInfo() throws {
        let status = PartyStatus(
            party: DomainSamples.emspParty, role: .emsp, connection: .offline, reportedBy: "hub-1",
            lastUpdated: DomainSamples.referenceDate)
        #expect(try overTheWire(OCPIClientInfo(domain: status)).domain(reportedBy: "hub-1") == status)
    }

    @Test("coordinates are written with 5 to 7 decimals and read back exactly")
    func coordinates() throws {
        let cases: [(String, String)] = [
            ("49.4121670", "49.412167"), ("8.71", "8.71000"), ("-0.5", "-0.50000"), ("12", "12.00000"),
            ("51.123456789", "51.1234568"),
        ]
        for (domain, wire) in cases {
            let decimal = DomainSamples.decimal(domain)
            let location = OCPIGeoLocation(domain: GeoLocation(latitude: decimal, longitude: decimal))
            #expect(location.latitude == wire)
            #expect(location.validate() == [])
            #expect(try location.domain().latitude == DomainSamples.decimal(wire))
        }
        #expect(throws: OCPIMappingError.self) {
            try OCPIGeoLocation(latitude: "51.0x", longitude: "3.72994").domain()
        }
    }

    @Test("command bodies from a domain command")
    func commands() throws {
        let url = "https://emsp.example.com/ocpi/2.2.1/commands/START_SESSION/1"
        let command = DomainSamples.command(kind: .startSession)
        let start = try OCPIStartSession(command: command, responseURL: url)
        #expect(start.token == OCPIToken(domain: try #require(command.token)))
        #expect([start.locationID, start.evseUID, start.connectorID] == ["LOC1", "LOC1-EVSE1", "1"])
        let reserve = try OCPIReserveNow(command: command, responseURL: url)
        #expect(reserve.reservationID == "RES1")
        #expect(try OCPIUnlockConnector(command: command, responseURL: url).connectorID == "1")
        #expect(try OCPICancelReservation(command: command, responseURL: url).reservationID == "RES1")

        var incomplete = command
        incomplete.sessionID = nil
        let error = #expect(throws: OCPIMappingError.self) {
            try OCPIStopSession(command: incomplete, responseURL: url)
        }
        #expect(error?.path == "session_id")
    }

    @Test("command outcomes map by name")
    func outcomes() throws {
        let response = OCPICommandResponse(result: .unknownSession, timeout: 30)
        #expect(try response.result.domain("result") == CommandOutcome.unknownSession)
        #expect(OCPICommandResultType(domain: CommandOutcome.evseOccupied) == .evseOccupied)
    }
}
