/// OCPI `SignedValue` (§8.6): one signed meter reading.
struct OCPISignedValue: OCPIWireObject {
    /// `Start`, `End`, `Intermediate` or scheme-specific, `CiString(32)`.
    var nature: String
    /// Un-encoded data (`string(512)`, 5000 after the errata).
    var plainData: String
    /// Signed, base64-encoded data, `string(5000)`.
    var signedData: String

    enum CodingKeys: String, CodingKey {
        case nature
        case plainData = "plain_data"
        case signedData = "signed_data"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.ciString(nature, "nature", max: 32)
        validator.string(plainData, "plain_data", max: 5000)
        validator.string(signedData, "signed_data", max: 5000)
    }
}
