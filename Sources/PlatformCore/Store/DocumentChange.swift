public import Foundation

/// One write to the store's documents, already encoded: an upsert carries the new body, a
/// delete carries none. Build one with ``upsert(_:)`` or ``delete(_:owner:id:)``.
public struct DocumentChange: Sendable, Hashable {
    /// Kind of the document.
    public let kind: DocumentKind
    /// Owning party, `nil` for deployment-wide documents.
    public let owner: PartyID?
    /// Document id within kind and owner.
    public let id: String
    /// `last_updated` of the new version (deletes use the time of deletion).
    public let lastUpdated: Date
    /// The encoded document, or `nil` to delete it.
    public let body: Data?

    /// An upsert of `document`, encoded with ``DocumentCoding``.
    public static func upsert<Document: StoredDocument>(_ document: Document) throws -> DocumentChange {
        DocumentChange(
            kind: Document.documentKind,
            owner: document.owner,
            id: document.documentID,
            lastUpdated: document.lastUpdated,
            body: try DocumentCoding.makeEncoder().encode(document)
        )
    }

    /// A deletion of the document of `type` with `owner` and `id`, recorded at `time`.
    public static func delete<Document: StoredDocument>(
        _ type: Document.Type, owner: PartyID?, id: String, at time: Date = Date()
    ) -> DocumentChange {
        DocumentChange(kind: Document.documentKind, owner: owner, id: id, lastUpdated: time, body: nil)
    }
}
