import Foundation

/// The JSON coding of every OCPI body, request and response alike.
///
/// Dates follow OCPI 2.2.1 §1.2 through ``OCPIDateTime``: written in UTC as
/// `2015-06-29T20:39:09Z` (or `2015-06-29T20:39:09.123Z` when there are milliseconds), read
/// with or without fractional seconds, with `Z`, a numeric offset or no zone at all (UTC).
/// Numbers in wire types are `Decimal`, so prices and energy keep the digits the partner sent.
///
/// ```swift
/// let location = try OCPICoding.makeDecoder().decode(OCPILocation.self, from: body)
/// let bytes = try OCPICoding.makeEncoder().encode(OCPILocation(domain: stored))
/// ```
enum OCPICoding {
    /// Creates the encoder for OCPI bodies: OCPI dates, sorted keys, unescaped slashes.
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(OCPIDateTime.format(date))
        }
        return encoder
    }

    /// Creates the decoder for OCPI bodies; it reads every DateTime shape partners send.
    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = OCPIDateTime.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "'\(text)' is not an OCPI DateTime")
            }
            return date
        }
        return decoder
    }
}
