import Foundation

/// The body of a Token PATCH (§10.2), e.g. `{"valid": false, "last_updated": ...}`: any fields
/// of ``OCPIToken``, of which only those present change; `last_updated` is required.
struct OCPITokenPatch: OCPIWireObject {
    /// See ``OCPIToken/countryCode``.
    var countryCode: String?
    /// See ``OCPIToken/partyID``.
    var partyID: String?
    /// See ``OCPIToken/uid``.
    var uid: String?
    /// See ``OCPIToken/type``.
    var type: OCPITokenType?
    /// See ``OCPIToken/contractID``.
    var contractID: String?
    /// See ``OCPIToken/visualNumber``.
    var visualNumber: String?
    /// See ``OCPIToken/issuer``.
    var issuer: String?
    /// See ``OCPIToken/groupID``.
    var groupID: String?
    /// See ``OCPIToken/valid``.
    var valid: Bool?
    /// See ``OCPIToken/whitelist``.
    var whitelist: OCPIWhitelistType?
    /// See ``OCPIToken/language``.
    var language: String?
    /// See ``OCPIToken/defaultProfileType``.
    var defaultProfileType: OCPIProfileType?
    /// See ``OCPIToken/energyContract``.
    var energyContract: OCPIEnergyContract?
    /// Required in a PATCH.
    var lastUpdated: Date?

    typealias CodingKeys = OCPIToken.CodingKeys

    func validate(into validator: inout OCPIValidator) {
        validator.countryCode(countryCode)
        validator.partyID(partyID)
        validator.ciString(uid, "uid", max: 36)
        validator.ciString(contractID, "contract_id", max: 36)
        validator.string(visualNumber, "visual_number", max: 64)
        validator.string(issuer, "issuer", max: 64)
        validator.ciString(groupID, "group_id", max: 36)
        validator.language(language, "language")
        validator.nested(energyContract, "energy_contract")
        validator.lastUpdatedInPatch(lastUpdated)
    }
}
