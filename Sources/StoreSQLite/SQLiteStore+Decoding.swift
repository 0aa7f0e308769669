import Foundation
import PlatformCore

extension SQLiteStore {
    /// Decodes a stored body as `type`.
    /// - Parameters:
    ///   - owner: the stored owner (`DE*ABC`, or empty) and `id` the document id, for the error.
    /// - Throws: `StoreError` with code `.corruptDocument` naming kind, owner and id.
    func decode<Document: StoredDocument>(
        _ type: Document.Type, body: Data, owner: String, id: String, decoder: JSONDecoder
    ) throws -> Document {
        do {
            return try decoder.decode(type, from: body)
        } catch {
            let party = owner.isEmpty ? "(deployment)" : owner
            throw StoreError(
                code: .corruptDocument,
                operation: "decode \(Document.documentKind.rawValue) \(party)/\(id) in \(path)",
                reason: Self.describe(error))
        }
    }

    /// A one-line account of a decoding failure: what was wrong and where in the document.
    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        let (problem, context): (String, DecodingError.Context)
        switch error {
        case .dataCorrupted(let found): (problem, context) = ("corrupt data", found)
        case .keyNotFound(let key, let found): (problem, context) = ("missing key '\(key.stringValue)'", found)
        case .typeMismatch(let type, let found): (problem, context) = ("expected \(type)", found)
        case .valueNotFound(let type, let found): (problem, context) = ("missing \(type) value", found)
        @unknown default: return "\(error)"
        }
        let location = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        let text = "\(problem) at \(location.isEmpty ? "top level" : location): \(context.debugDescription)"
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
