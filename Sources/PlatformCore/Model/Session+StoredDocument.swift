/// Sessions are stored per CPO running them.
extension Session: StoredDocument {
    /// Stored as ``DocumentKind/session``.
    public static var documentKind: DocumentKind { .session }
    /// The CPO running the session.
    public var owner: PartyID? { party }
    /// The session id.
    public var documentID: String { id }
}
