/// OCPI `SignedData` (§8.6): calibration-law metering data signed by the meter.
struct OCPISignedData: OCPIWireObject {
    /// Name of the scheme, e.g. `OCMF`, `CiString(36)`.
    var encodingMethod: String
    /// Version of the scheme.
    var encodingMethodVersion: Int?
    /// Base64 public key, `string(512)`.
    var publicKey: String?
    /// The signed values; at least one.
    var signedValues: [OCPISignedValue]
    /// Verification page, `string(512)`.
    var url: String?

    enum CodingKeys: String, CodingKey {
        case encodingMethod = "encoding_method"
        case encodingMethodVersion = "encoding_method_version"
        case publicKey = "public_key"
        case signedValues = "signed_values"
        case url
    }

    func validate(into validator: inout OCPIValidator) {
        validator.ciString(encodingMethod, "encoding_method", max: 36)
        validator.string(publicKey, "public_key", max: 512)
        validator.nonEmpty(signedValues.count, "signed_values")
        validator.each(signedValues, "signed_values")
        validator.string(url, "url", max: 512)
    }
}
