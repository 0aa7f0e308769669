import Foundation
import PlatformCore
import Testing

@testable import ProtocolOCPI

@Suite("OCPI DateTime coding")
struct DateTimeCodingTests {
    /// A wire object with one DateTime.
    private struct Stamp: Codable, Equatable {
        var at: Date
    }

    private func decode(_ text: String) throws -> Date {
        try OCPICoding.makeDecoder().decode(Stamp.self, from: Data(#"{"at":"\#(text)"}"#.utf8)).at
    }

    private func encode(_ date: Date) throws -> String {
        String(decoding: try OCPICoding.makeEncoder().encode(Stamp(at: date)), as: UTF8.self)
    }

    @Test(
        "reads every shape partners send",
        arguments: [
            ("2015-06-29T20:39:09Z", 1_435_610_349_000),
            ("2015-06-29T20:39:09", 1_435_610_349_000),
            ("2016-12-29T17:45:09.2Z", 1_483_033_509_200),
            ("2018-01-01T01:08:01.123", 1_514_768_881_123),
            ("2018-01-01T01:08:01.123456Z", 1_514_768_881_123),
            ("2015-06-29T22:39:09+02:00", 1_435_610_349_000),
            ("2015-06-29T16:39:09.5-04:00", 1_435_610_349_500),
        ] as [(String, Int64)])
    func readsAllShapes(text: String, milliseconds: Int64) throws {
        let date = try decode(text)
        #expect(Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) == milliseconds)
    }

    @Test("rejects what is not a DateTime", arguments: ["2015-06-29", "yesterday", "", "2015-13-40T99:00:00Z"])
    func rejectsGarbage(text: String) {
        #expect(throws: DecodingError.self) { try decode(text) }
    }

    @Test("writes UTC with Z, without fractions when the milliseconds are zero")
    func writesWholeSeconds() throws {
        #expect(try encode(Date(timeIntervalSince1970: 1_435_610_349)) == #"{"at":"2015-06-29T20:39:09Z"}"#)
    }

    @Test("writes three fractional digits otherwise, rounded to the millisecond")
    func writesMilliseconds() throws {
        #expect(try encode(Date(timeIntervalSince1970: 1_483_033_509.2)) == #"{"at":"2016-12-29T17:45:09.200Z"}"#)
        #expect(try encode(Date(timeIntervalSince1970: 1_514_768_881.1234)) == #"{"at":"2018-01-01T01:08:01.123Z"}"#)
        #expect(try encode(Date(timeIntervalSince1970: 1_435_610_348.9996)) == #"{"at":"2015-06-29T20:39:09Z"}"#)
    }

    @Test("an offset timestamp is read as the same instant and written back in UTC")
    func offsetsBecomeUTC() throws {
        #expect(try encode(try decode("2015-06-29T22:39:09.250+02:00")) == #"{"at":"2015-06-29T20:39:09.250Z"}"#)
    }

    @Test("OCPIDateTime formats query parameters the same way")
    func queryParameterFormat() throws {
        let date = try #require(OCPIDateTime.parse("2024-05-01T00:00:00"))
        #expect(OCPIDateTime.format(date) == "2024-05-01T00:00:00Z")
    }
}
