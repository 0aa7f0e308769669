import PlatformCore

/// PublishTokenType ↔ domain ``PublishTokenType``.
extension OCPIPublishTokenType {
    /// The wire form of a domain visibility rule.
    init(domain rule: PublishTokenType) {
        self.init(
            uid: rule.uid, type: rule.type.map(OCPITokenType.init(domain:)), visualNumber: rule.visualNumber,
            issuer: rule.issuer, groupID: rule.groupID)
    }

    /// The domain visibility rule.
    /// - Throws: ``OCPIMappingError`` for a token type the domain does not know.
    func domain() throws -> PublishTokenType {
        PublishTokenType(
            uid: uid, type: try type.map { try $0.domain("type") }, visualNumber: visualNumber, issuer: issuer,
            groupID: groupID)
    }
}
