import Foundation
import HTTPTypes
import PlatformCore
import Testing

@testable import ProtocolOCPI

/// Routing headers (OCPI 2.2.1 §2.4): read, checked against the caller's and our parties, swapped
/// for the answer, written on outbound requests.
@Suite struct OCPIRoutingTests {
    private let ours = try! PartyID(countryCode: "DE", partyID: "ABC")
    private let theirs = try! PartyID(countryCode: "NL", partyID: "XYZ")

    private func headers(_ pairs: [(String, String)]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in pairs { fields[HTTPField.Name(name)!] = value }
        return fields
    }

    private func partner(parties: [PartyID]) -> Partner {
        Partner(
            id: "partner-b", name: "B", roamingProtocol: .ocpi,
            parties: parties.map { Party(id: $0, role: .emsp, businessDetails: BusinessDetails(name: "B")) },
            credentialsState: .registered, createdAt: Date(), lastUpdated: Date())
    }

    @Test func absentHeadersMeanNoRouting() throws {
        #expect(try OCPIRouting(HTTPFields()) == nil)
    }

    @Test func completeHeadersAreReadCaseInsensitively() throws {
        let routing = try #require(
            try OCPIRouting(
                headers([
                    ("ocpi-from-country-code", "nl"), ("OCPI-from-party-id", "xyz"), ("OCPI-TO-COUNTRY-CODE", "DE"),
                    ("OCPI-to-party-id", "ABC"),
                ])))
        #expect(routing == OCPIRouting(from: theirs, to: ours))
        #expect(routing.reply == OCPIRouting(from: ours, to: theirs))
    }

    @Test func partialOrMalformedHeadersAre2001() {
        #expect {
            try OCPIRouting(headers([("OCPI-from-country-code", "NL")]))
        } throws: { ($0 as? OCPIError)?.code == .invalidParameters }
        #expect {
            try OCPIRouting(
                headers([
                    ("OCPI-from-country-code", "NL"), ("OCPI-from-party-id", "TOOLONG"), ("OCPI-to-country-code", "DE"),
                    ("OCPI-to-party-id", "ABC"),
                ]))
        } throws: { ($0 as? OCPIError)?.code == .invalidParameters }
    }

    @Test func callerMaySpeakOnlyForItsOwnParties() throws {
        let ourParty = Party(id: ours, role: .cpo, businessDetails: BusinessDetails(name: "Us"))
        try OCPIRouting(from: theirs, to: ours).check(caller: partner(parties: [theirs]), ourParties: [ourParty])
        let stranger = try PartyID(countryCode: "FR", partyID: "OTH")
        #expect {
            try OCPIRouting(from: stranger, to: ours).check(caller: partner(parties: [theirs]), ourParties: [ourParty])
        } throws: { ($0 as? OCPIError)?.status == .unauthorized }
        #expect {
            try OCPIRouting(from: theirs, to: stranger).check(
                caller: partner(parties: [theirs]), ourParties: [ourParty])
        } throws: { ($0 as? OCPIError)?.code == .invalidParameters }
    }

    @Test func fieldsNameEveryHeader() {
        let fields = Dictionary(
            uniqueKeysWithValues: OCPIRouting(from: ours, to: theirs).fields.map { ($0.name, $0.value) })
        #expect(fields["OCPI-from-country-code"] == "DE")
        #expect(fields["OCPI-from-party-id"] == "ABC")
        #expect(fields["OCPI-to-country-code"] == "NL")
        #expect(fields["OCPI-to-party-id"] == "XYZ")
    }
}
