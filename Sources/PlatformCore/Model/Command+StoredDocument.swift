/// Commands are stored per requesting party.
extension Command: StoredDocument {
    /// Stored as ``DocumentKind/command``.
    public static var documentKind: DocumentKind { .command }
    /// The requesting party.
    public var owner: PartyID? { requester }
    /// The command id (UUID text).
    public var documentID: String { id }
}
