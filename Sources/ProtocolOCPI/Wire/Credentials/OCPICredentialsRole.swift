/// OCPI `CredentialsRole` (§5.1): one role of a platform, with the party playing it.
struct OCPICredentialsRole: OCPIWireObject {
    /// The role.
    var role: OCPIRole
    /// Name, website and logo of the party.
    var businessDetails: OCPIBusinessDetails
    /// Party id, `CiString(3)`.
    var partyID: String
    /// ISO 3166-1 alpha-2 country code, `CiString(2)`.
    var countryCode: String

    enum CodingKeys: String, CodingKey {
        case role
        case businessDetails = "business_details"
        case partyID = "party_id"
        case countryCode = "country_code"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.nested(businessDetails, "business_details")
        validator.partyID(partyID)
        validator.countryCode(countryCode)
    }
}
