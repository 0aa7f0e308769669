/// Locations are stored per owning CPO.
extension Location: StoredDocument {
    /// Stored as ``DocumentKind/location``.
    public static var documentKind: DocumentKind { .location }
    /// The CPO owning the location.
    public var owner: PartyID? { party }
    /// The location id.
    public var documentID: String { id }
}
