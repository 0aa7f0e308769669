import Foundation
import PlatformCore
import RoamwireTesting
import Testing

@Suite("Domain model coding")
struct DomainModelCodingTests {
    private func roundTrip<Value: Codable & Equatable>(_ value: Value) throws -> Value {
        let data = try DocumentCoding.makeEncoder().encode(value)
        let decoded = try DocumentCoding.makeDecoder().decode(Value.self, from: data)
        #expect(decoded == value, "\(Value.self) changed in a round trip: \(String(decoding: data, as: UTF8.self))")
        // Equal values encode to equal bytes (sorted keys).
        #expect(try DocumentCoding.makeEncoder().encode(decoded) == data)
        return decoded
    }

    @Test func everySampleRoundTrips() throws {
        _ = try roundTrip(DomainSamples.party())
        _ = try roundTrip(DomainSamples.partner())
        _ = try roundTrip(DomainSamples.location())
        _ = try roundTrip(DomainSamples.tariff())
        _ = try roundTrip(DomainSamples.token())
        _ = try roundTrip(DomainSamples.authorizationInfo())
        _ = try roundTrip(DomainSamples.session())
        _ = try roundTrip(DomainSamples.cdr())
        _ = try roundTrip(DomainSamples.reservation())
        _ = try roundTrip(DomainSamples.chargingProfile())
        for command in DomainSamples.commands() {
            _ = try roundTrip(command)
        }
    }

    @Test func commandsCoverEveryKindRouteAndState() throws {
        let commands = DomainSamples.commands()
        #expect(Set(commands.map(\.kind)) == Set(CommandKind.allCases))
        #expect(Set(commands.map(\.route)) == [.ownNetwork, .ocpiPartner("partner-b"), .oicpHub])
        #expect(Set(commands.map(\.state)) == Set(CommandState.allCases))
        #expect(Set(commands.map(\.id)).count == commands.count)
        #expect(
            try JSONEncoder.documents.encodeToString(CommandRoute.ocpiPartner("partner-b"))
                == #"{"ocpiPartner":{"_0":"partner-b"}}"#)
    }

    @Test func commandStateFinality() {
        let final = Set(CommandState.allCases.filter(\.isFinal))
        #expect(final == [.rejected, .succeeded, .failed, .timedOut])
    }

    @Test func decimalsSurviveExactly() throws {
        let tariff = try roundTrip(DomainSamples.tariff())
        let components = tariff.elements[0].priceComponents
        #expect(components[1].price == Decimal(string: "0.2875"))
        #expect(components[0].price == Decimal(string: "1.15"))
        #expect(tariff.minPrice?.inclVat == Decimal(string: "1.3685"))
        let text = try JSONEncoder.documents.encodeToString(tariff)
        #expect(text.contains("0.2875"))
        #expect(text.contains("\"price\":1.15"))

        let cdr = try roundTrip(DomainSamples.cdr())
        #expect(cdr.totalReservationCost?.inclVat == Decimal(string: "0.342125"))
        #expect(cdr.totalEnergy == Decimal(string: "12.3456"))
        let location = try roundTrip(DomainSamples.location())
        #expect(location.coordinates.latitude == Decimal(string: "49.412167"))
    }

    @Test func decimalsFromPartnersDecodeExactly() throws {
        let body = #"{"exclVat":0.2875,"inclVat":0.342125}"#
        let price = try DocumentCoding.makeDecoder().decode(Price.self, from: Data(body.utf8))
        #expect(price.exclVat == Decimal(string: "0.2875"))
        #expect(price.inclVat == Decimal(string: "0.342125"))
    }

    @Test func unknownExtensibleValuesAreKept() throws {
        var connector = DomainSamples.acEVSE().connectors[0]
        var object =
            try JSONSerialization.jsonObject(with: DocumentCoding.makeEncoder().encode(connector)) as! [String: Any]
        object["standard"] = "IEC_99999"
        object["chargingModes"] = ["MODE_9", "MODE_3"]
        let data = try JSONSerialization.data(withJSONObject: object)
        connector = try DocumentCoding.makeDecoder().decode(Connector.self, from: data)
        #expect(connector.standard == ConnectorStandard(rawValue: "IEC_99999"))
        #expect(!connector.standard.isKnown)
        #expect(connector.chargingModes == [ChargingMode(rawValue: "MODE_9"), .mode3])
        #expect(try JSONEncoder.documents.encodeToString(connector).contains(#""standard":"IEC_99999""#))
        #expect(try roundTrip(connector) == connector)

        let facilities = try DocumentCoding.makeDecoder().decode(
            [Facility].self, from: Data(#"["CAFE","ROOFTOP_BAR"]"#.utf8))
        #expect(facilities == [.cafe, Facility(rawValue: "ROOFTOP_BAR")])
        #expect(ConnectorStandard.iec60309Single16.rawValue == "IEC_60309_2_single_16")
        let allKnown = ConnectorStandard.knownValues.allSatisfy { $0.isKnown }
        #expect(allKnown)
        #expect(Set(ConnectorStandard.knownValues).count == ConnectorStandard.knownValues.count)
    }

    @Test func closedEnumsRejectUnknownValues() {
        #expect(throws: DecodingError.self) {
            try DocumentCoding.makeDecoder().decode(EVSEStatus.self, from: Data(#""BROKEN""#.utf8))
        }
    }

    @Test func storedDocumentKeys() {
        let token = DomainSamples.token(uid: "ABC", type: .appUser)
        #expect(token.documentID == "APP_USER:ABC")
        #expect(Token.documentID(uid: "ABC", type: .rfid) == "RFID:ABC")
        #expect(token.owner == DomainSamples.emspParty)
        #expect(Token.documentKind == .token)

        let command = DomainSamples.command(requester: DomainSamples.emspParty)
        #expect(command.owner == DomainSamples.emspParty)
        #expect(command.documentID == command.id)

        let profile = DomainSamples.chargingProfile(sessionID: "SES-9")
        #expect(profile.documentID == "SES-9")
        #expect(ChargingProfile.documentKind == .chargingProfile)

        let partner = DomainSamples.partner(id: "hubject")
        #expect(partner.owner == nil)
        #expect(partner.documentID == "hubject")

        #expect(DomainSamples.location(id: "L7").documentID == "L7")
        #expect(DomainSamples.location().owner == DomainSamples.cpoParty)
        #expect(DomainSamples.cdr().owner == DomainSamples.cpoParty)
        #expect(DomainSamples.reservation().owner == DomainSamples.emspParty)
    }

    @Test(arguments: [
        ("DEU", "ABC"), ("D", "ABC"), ("D1", "ABC"), ("DE", "AB"), ("DE", "ABCD"), ("DE", "A*C"), ("", ""),
    ])
    func partyIDRejectsMalformedParts(country: String, party: String) {
        #expect(throws: PartyIDError.self) { try PartyID(countryCode: country, partyID: party) }
        let body = #"{"countryCode":"\#(country)","partyID":"\#(party)"}"#
        #expect(throws: DecodingError.self) {
            try DocumentCoding.makeDecoder().decode(PartyID.self, from: Data(body.utf8))
        }
    }

    @Test func partyIDAcceptsAndNormalises() throws {
        let party = try PartyID(countryCode: "de", partyID: "ab1")
        #expect(party.description == "DE*AB1")
        #expect(try PartyID(parsing: "DE-AB1") == party)
    }

    @Test func timestampParsing() throws {
        let whole = try #require(Timestamp.parse("2026-11-25T15:13:05Z"))
        #expect(Timestamp.parse("2026-11-25T15:13:05.000Z") == whole)
        #expect(Timestamp.parse("2026-11-25T16:13:05+01:00") == whole)
        #expect(Timestamp.parse("2026-11-25T15:13:05") == whole)
        let fractional = try #require(Timestamp.parse("2026-11-25T15:13:05.123Z"))
        #expect(abs(fractional.timeIntervalSince(whole) - 0.123) < 0.000_5)
        #expect(Timestamp.parse("2026-11-25T15:13:05.123") == fractional)
        #expect(Timestamp.format(fractional) == "2026-11-25T15:13:05.123Z")
        #expect(Timestamp.parse("25.11.2026 15:13") == nil)
        #expect(Timestamp.parse("") == nil)
    }
}
