import Foundation
import PlatformCore

extension JSONEncoder {
    /// The encoder the store and operator API use.
    static var documents: JSONEncoder { DocumentCoding.makeEncoder() }

    func encodeToString(_ value: some Encodable) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}
