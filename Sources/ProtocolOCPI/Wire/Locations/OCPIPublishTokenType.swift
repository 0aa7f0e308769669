/// OCPI `PublishTokenType` (§6.7): drivers who may see an unpublished location; a token
/// matches when it matches every field set.
struct OCPIPublishTokenType: OCPIWireObject {
    /// Token uid; needs ``type``.
    var uid: String?
    /// Token type.
    var type: OCPITokenType?
    /// Number printed on the card; needs ``issuer``.
    var visualNumber: String?
    /// Issuer of the card.
    var issuer: String?
    /// Token group.
    var groupID: String?

    enum CodingKeys: String, CodingKey {
        case uid
        case type
        case visualNumber = "visual_number"
        case issuer
        case groupID = "group_id"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.ciString(uid, "uid", max: 36)
        validator.string(visualNumber, "visual_number", max: 64)
        validator.string(issuer, "issuer", max: 64)
        validator.ciString(groupID, "group_id", max: 36)
        if uid == nil && visualNumber == nil && groupID == nil {
            validator.report("uid", "one of uid, visual_number or group_id must be set")
        }
        if uid != nil && type == nil {
            validator.report("type", "is required with uid")
        }
        if visualNumber != nil && issuer == nil {
            validator.report("issuer", "is required with visual_number")
        }
    }
}
