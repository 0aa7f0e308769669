/// Tariffs are stored per owning CPO.
extension Tariff: StoredDocument {
    /// Stored as ``DocumentKind/tariff``.
    public static var documentKind: DocumentKind { .tariff }
    /// The CPO owning the tariff.
    public var owner: PartyID? { party }
    /// The tariff id.
    public var documentID: String { id }
}
