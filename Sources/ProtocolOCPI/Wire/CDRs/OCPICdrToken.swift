/// OCPI `CdrToken` (§14.4): the token that started a session, as copied into it and its CDR.
struct OCPICdrToken: OCPIWireObject {
    /// Country code of the issuing eMSP.
    var countryCode: String
    /// Party id of the issuing eMSP.
    var partyID: String
    /// Token uid, `CiString(36)`.
    var uid: String
    /// Token type.
    var type: OCPITokenType
    /// Contract id, `CiString(36)`.
    var contractID: String

    enum CodingKeys: String, CodingKey {
        case countryCode = "country_code"
        case partyID = "party_id"
        case uid
        case type
        case contractID = "contract_id"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.countryCode(countryCode)
        validator.partyID(partyID)
        validator.ciString(uid, "uid", max: 36)
        validator.ciString(contractID, "contract_id", max: 36)
    }
}
