/// Describes the drivers allowed to see an unpublished location: a driver matches if their
/// token matches every field set here. At least one of `uid`, `visualNumber`, `groupID` is set.
public struct PublishTokenType: Sendable, Hashable, Codable {
    /// Token uid; requires ``type``.
    public var uid: String?
    /// Token type of ``uid``.
    public var type: TokenType?
    /// Number printed on the card; requires ``issuer``.
    public var visualNumber: String?
    /// Company that issued the card.
    public var issuer: String?
    /// Token group.
    public var groupID: String?

    /// Creates a visibility rule.
    public init(
        uid: String? = nil,
        type: TokenType? = nil,
        visualNumber: String? = nil,
        issuer: String? = nil,
        groupID: String? = nil
    ) {
        self.uid = uid
        self.type = type
        self.visualNumber = visualNumber
        self.issuer = issuer
        self.groupID = groupID
    }
}
