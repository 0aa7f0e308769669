import Foundation
import PlatformCore
import Testing

@testable import ProtocolOCPI

/// Official examples → domain → wire give the same JSON: nothing OCPI carries is lost in the
/// domain model.
@Suite("Official examples through the domain model")
struct ExampleMappingTests {
    private func check<Wire: OCPIWireObject, Domain>(
        _ file: String, as type: Wire.Type, toDomain: (Wire) throws -> Domain, toWire: (Domain) -> Wire
    ) throws {
        let bytes = try OfficialExamples.data(file)
        let wire = try OCPICoding.makeDecoder().decode(Wire.self, from: bytes)
        let again = toWire(try toDomain(wire))
        let json = try JSONValue(parsing: OCPICoding.makeEncoder().encode(again))
        #expect(try JSONValue(parsing: bytes).differences(from: json) == [], "\(file)")
    }

    @Test(
        "Locations",
        arguments: OfficialExamples.fileNames().filter { $0.hasPrefix("location_example") })
    func locations(file: String) throws {
        try check(file, as: OCPILocation.self, toDomain: { try $0.domain() }, toWire: OCPILocation.init(domain:))
    }

    @Test(
        "Tariffs",
        arguments: OfficialExamples.fileNames().filter { $0.hasPrefix("tariff") && $0 != "tariff_put_example.json" })
    func tariffs(file: String) throws {
        try check(file, as: OCPITariff.self, toDomain: { try $0.domain() }, toWire: OCPITariff.init(domain:))
    }

    @Test("Sessions", arguments: OfficialExamples.fileNames().filter { $0.hasPrefix("session_example") })
    func sessions(file: String) throws {
        try check(file, as: OCPISession.self, toDomain: { try $0.domain() }, toWire: OCPISession.init(domain:))
    }

    @Test("CDR")
    func cdr() throws {
        try check("cdr_example.json", as: OCPICDR.self, toDomain: { try $0.domain() }, toWire: OCPICDR.init(domain:))
    }

    @Test(
        "Tokens",
        arguments: ["token_example_1_app_user.json", "token_example_2_full_rfid.json", "token_put_example.json"])
    func tokens(file: String) throws {
        try check(file, as: OCPIToken.self, toDomain: { try $0.domain() }, toWire: OCPIToken.init(domain:))
    }

    @Test("Credentials roles", arguments: OfficialExamples.fileNames().filter { $0.hasPrefix("credentials") })
    func credentials(file: String) throws {
        try check(
            file, as: OCPICredentials.self,
            toDomain: { ($0.token, $0.url, try $0.roles.map { try $0.domain() }) },
            toWire: { OCPICredentials(token: $0.0, url: $0.1, roles: $0.2.map(OCPICredentialsRole.init(domain:))) })
    }
}
