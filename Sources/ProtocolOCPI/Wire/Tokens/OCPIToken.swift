import Foundation

/// OCPI `Token` (§10.4): a driver's means of identification issued by an eMSP; identified by
/// (country code, party id, uid, type).
struct OCPIToken: OCPIWireObject {
    /// Country code of the eMSP.
    var countryCode: String
    /// Party id of the eMSP.
    var partyID: String
    /// Uid seen by the charger, `CiString(36)`.
    var uid: String
    /// Kind of token.
    var type: OCPITokenType
    /// The driver's contract id, `CiString(36)`.
    var contractID: String
    /// Number printed on the card, `string(64)`.
    var visualNumber: String?
    /// Company printed on the card, `string(64)`.
    var issuer: String
    /// Token group, `CiString(36)`.
    var groupID: String?
    /// Whether the token is valid.
    var valid: Bool
    /// How a CPO may authorize it.
    var whitelist: OCPIWhitelistType
    /// ISO 639-1 language of the driver.
    var language: String?
    /// Default charging preference.
    var defaultProfileType: OCPIProfileType?
    /// The driver's energy contract.
    var energyContract: OCPIEnergyContract?
    /// Last change.
    var lastUpdated: Date

    enum CodingKeys: String, CodingKey {
        case countryCode = "country_code"
        case partyID = "party_id"
        case uid
        case type
        case contractID = "contract_id"
        case visualNumber = "visual_number"
        case issuer
        case groupID = "group_id"
        case valid
        case whitelist
        case language
        case defaultProfileType = "default_profile_type"
        case energyContract = "energy_contract"
        case lastUpdated = "last_updated"
    }

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
    }
}
