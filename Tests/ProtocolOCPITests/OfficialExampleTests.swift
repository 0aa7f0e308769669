import Foundation
import Testing

@testable import ProtocolOCPI

@Suite("Official OCPI 2.2.1 examples")
struct OfficialExampleTests {
    @Test("every example file has an expectation and every expectation a file")
    func everyFileIsCovered() {
        let files = OfficialExamples.fileNames()
        #expect(files.count == 59)
        #expect(Set(files) == Set(ExampleCatalog.expectations.keys))
    }

    @Test(
        "decodes strictly into its wire type and re-encodes to semantically equal JSON",
        arguments: OfficialExamples.fileNames())
    func roundTrip(file: String) throws {
        let expectation = try #require(ExampleCatalog.expectations[file], "no expectation for \(file)")
        let bytes = try OfficialExamples.data(file)
        var original = try JSONValue(parsing: bytes)
        if let defect = expectation.defect {
            let error = #expect(throws: DecodingError.self) {
                try ExampleCatalog.decode(expectation.shape, data: bytes)
            }
            #expect(String(describing: error).contains(defect.field))
            defect.repair(&original)
        }
        let outcome = try ExampleCatalog.decode(expectation.shape, data: original.data())
        let reencoded = try JSONValue(parsing: outcome.json)
        #expect(original.differences(from: reencoded) == [])
        #expect(outcome.violations == expectation.violations)
        #expect(outcome.unknowns == [])
    }

    @Test("re-encoding writes OCPI DateTimes in UTC without fractions when there are none")
    func datesAreWrittenAsInTheExamples() throws {
        let outcome = try ExampleCatalog.decode(
            .object(OCPISession.self), data: OfficialExamples.data("session_example_2_short_finished.json"))
        let text = String(decoding: outcome.json, as: UTF8.self)
        #expect(text.contains(#""last_updated":"2015-06-29T23:50:17Z""#))
    }
}
