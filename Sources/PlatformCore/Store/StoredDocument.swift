public import Foundation

/// A domain value the store keeps as one document, addressed by kind, owning party and id.
///
/// Conforming types are encoded with ``DocumentCoding`` so that every store implementation
/// keeps the same bytes.
public protocol StoredDocument: Codable, Sendable {
    /// The kind under which values of this type are stored.
    static var documentKind: DocumentKind { get }
    /// The party the object belongs to; `nil` for objects that belong to the deployment itself
    /// (such as partner records).
    var owner: PartyID? { get }
    /// The object's id, unique per kind and owner.
    var documentID: String { get }
    /// When the object last changed, as the protocols define it (used by `date_from`/`date_to`).
    var lastUpdated: Date { get }
}
