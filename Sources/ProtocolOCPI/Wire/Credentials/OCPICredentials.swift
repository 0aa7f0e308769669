/// OCPI `Credentials` (§5.1): the token the other party must use to call us, our versions URL
/// and the roles our platform hosts for this connection.
struct OCPICredentials: OCPIWireObject {
    /// Credentials token, `string(64)` of U+0021 ... U+007E, sent plain (not Base64).
    var token: String
    /// URL of the versions endpoint.
    var url: String
    /// The roles hosted; at least one, each (role, party) once.
    var roles: [OCPICredentialsRole]

    func validate(into validator: inout OCPIValidator) {
        validator.string(token, "token", max: 64)
        if token.isEmpty || !token.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) {
            validator.report("token", "must be printable ASCII without spaces")
        }
        validator.url(url, "url")
        validator.nonEmpty(roles.count, "roles")
        validator.each(roles, "roles")
        validator.unique(roles, "roles") {
            "\($0.role.rawValue) \($0.countryCode.uppercased())*\($0.partyID.uppercased())"
        }
    }
}
