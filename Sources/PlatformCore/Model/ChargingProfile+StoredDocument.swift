/// Charging profiles are stored per CPO, one per session.
extension ChargingProfile: StoredDocument {
    /// Stored as ``DocumentKind/chargingProfile``.
    public static var documentKind: DocumentKind { .chargingProfile }
    /// The CPO running the session.
    public var owner: PartyID? { party }
    /// The session id: a session has at most one profile.
    public var documentID: String { sessionID }
}
