/// Tokens are stored per issuing eMSP, keyed by type and uid.
extension Token: StoredDocument {
    /// Stored as ``DocumentKind/token``.
    public static var documentKind: DocumentKind { .token }
    /// The issuing eMSP.
    public var owner: PartyID? { party }
    /// `TYPE:uid`, e.g. `RFID:12345678`, because a uid is unique only together with its type.
    public var documentID: String { Self.documentID(uid: uid, type: type) }

    /// The document id of the token with `uid` and `type`: `"\(type.rawValue):\(uid)"`.
    public static func documentID(uid: String, type: TokenType) -> String {
        "\(type.rawValue):\(uid)"
    }
}
