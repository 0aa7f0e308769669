import Foundation
import PlatformCore
import Testing

@testable import ProtocolOCPI

@Suite("Unknown enum values from partners")
struct UnknownEnumValueTests {
    /// The official location example with values this build does not know.
    private func futureLocation() throws -> JSONValue {
        var json = try JSONValue(parsing: OfficialExamples.data("location_example.json"))
        json["evses"]?[0]?["status"] = .string("SUSPENDED")
        json["evses"]?[0]?["connectors"]?[0]?["standard"] = .string("IEC_99999")
        json["evses"]?[1]?["capabilities"] = .array([.string("RESERVABLE"), .string("TELEPORT")])
        json["facilities"] = .array([.string("HOTEL"), .string("SPACEPORT")])
        return json
    }

    @Test("decode, are kept on re-encoding and are reported with their paths")
    func keptAndReported() throws {
        let json = try futureLocation()
        let location = try OCPICoding.makeDecoder().decode(OCPILocation.self, from: json.data())
        #expect(location.evses?[0].status.rawValue == "SUSPENDED")
        #expect(location.evses?[0].status.isKnown == false)
        #expect(location.evses?[0].connectors[0].standard == OCPIConnectorType(rawValue: "IEC_99999"))
        #expect(location.facilities?.map(\.rawValue) == ["HOTEL", "SPACEPORT"])

        let reencoded = try JSONValue(parsing: OCPICoding.makeEncoder().encode(location))
        #expect(json.differences(from: reencoded) == [])

        #expect(
            location.unknownValues().sorted() == [
                "evses[0].connectors[0].standard=IEC_99999", "evses[0].status=SUSPENDED",
                "evses[1].capabilities[1]=TELEPORT", "facilities[1]=SPACEPORT",
            ])
    }

    @Test("one unknown value does not make a page fail")
    func pageSurvives() throws {
        var page = try JSONValue(parsing: OfficialExamples.data("transport_and_format_get_token_list_example.json"))
        page["data"]?[1]?["whitelist"] = .string("SOMETIMES")
        page["data"]?[2]?["type"] = .string("PLUG_AND_CHARGE")
        let envelope = try OCPICoding.makeDecoder().decode(TestEnvelope<[OCPIToken]>.self, from: page.data())
        let tokens = try #require(envelope.data)
        #expect(tokens.count == 3)
        #expect(tokens.flatMap { $0.unknownValues() } == ["whitelist=SOMETIMES", "type=PLUG_AND_CHARGE"])
    }

    @Test("a value of a known object has no report")
    func knownValuesAreSilent() throws {
        let location = try OCPICoding.makeDecoder().decode(
            OCPILocation.self, from: OfficialExamples.data("location_example.json"))
        #expect(location.unknownValues() == [])
    }

    @Test("extensible domain enums keep the value; closed ones fall back or name the field")
    func mappingToTheDomain() throws {
        var json = try futureLocation()
        let location = try OCPICoding.makeDecoder().decode(OCPILocation.self, from: json.data()).domain()
        #expect(location.evses[0].status == .unknown)
        #expect(location.evses[0].connectors[0].standard == ConnectorStandard(rawValue: "IEC_99999"))
        #expect(location.evses[1].capabilities.contains(Capability(rawValue: "TELEPORT")))
        #expect(location.facilities == [.hotel, Facility(rawValue: "SPACEPORT")])

        json["evses"]?[1]?["connectors"]?[0]?["power_type"] = .string("AC_4_PHASE")
        let unsupported = try OCPICoding.makeDecoder().decode(OCPILocation.self, from: json.data())
        let error = #expect(throws: OCPIMappingError.self) { try unsupported.domain() }
        #expect(error?.path == "evses[1].connectors[0].power_type")
    }

    @Test("the spec prose's session status RESERVED is read as RESERVATION")
    func reservedSessionStatus() throws {
        var json = try JSONValue(parsing: OfficialExamples.data("session_example_1_simple_start.json"))
        json["status"] = .string("RESERVED")
        let session = try OCPICoding.makeDecoder().decode(OCPISession.self, from: json.data())
        #expect(session.unknownValues() == ["status=RESERVED"])
        #expect(try session.domain().status == .reservation)
    }
}
