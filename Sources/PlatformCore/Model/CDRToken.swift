/// The token that started a session, as copied into the session and its CDR.
public struct CDRToken: Sendable, Hashable, Codable {
    /// The eMSP that issued the token.
    public var party: PartyID
    /// Token uid.
    public var uid: String
    /// Token type.
    public var type: TokenType
    /// The driver's contract id.
    public var contractID: String

    /// Creates a token snapshot.
    public init(party: PartyID, uid: String, type: TokenType, contractID: String) {
        self.party = party
        self.uid = uid
        self.type = type
        self.contractID = contractID
    }
}
