/// CDRs are stored per CPO that produced them.
extension CDR: StoredDocument {
    /// Stored as ``DocumentKind/cdr``.
    public static var documentKind: DocumentKind { .cdr }
    /// The CPO that produced the CDR.
    public var owner: PartyID? { party }
    /// The CDR id.
    public var documentID: String { id }
}
