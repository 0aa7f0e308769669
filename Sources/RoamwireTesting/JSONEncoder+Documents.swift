public import Foundation
import PlatformCore

extension JSONEncoder {
    /// The encoder the store and the operator API use (``DocumentCoding``): sorted keys and
    /// RFC 3339 timestamps.
    public static var documents: JSONEncoder { DocumentCoding.makeEncoder() }

    /// Encodes `value` and returns the JSON as text.
    public func encodeToString(_ value: some Encodable) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}
