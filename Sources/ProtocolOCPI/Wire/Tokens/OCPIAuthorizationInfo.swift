/// OCPI `AuthorizationInfo` (§10.4): the eMSP's answer to a real-time authorization.
struct OCPIAuthorizationInfo: OCPIWireObject {
    /// The verdict.
    var allowed: OCPIAllowedType
    /// The full, current token.
    var token: OCPIToken
    /// The location with only the EVSEs the driver may use.
    var location: OCPILocationReferences?
    /// Reference to copy into the session and CDR, `CiString(36)`.
    var authorizationReference: String?
    /// Message for the driver.
    var info: OCPIDisplayText?

    enum CodingKeys: String, CodingKey {
        case allowed
        case token
        case location
        case authorizationReference = "authorization_reference"
        case info
    }

    func validate(into validator: inout OCPIValidator) {
        validator.nested(token, "token")
        validator.nested(location, "location")
        validator.ciString(authorizationReference, "authorization_reference", max: 36)
        validator.nested(info, "info")
    }
}
