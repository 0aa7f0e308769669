/// OCPI `BusinessDetails` (§14.2): name, website and logo of a party or operator.
struct OCPIBusinessDetails: OCPIWireObject {
    /// Name, `string(100)`.
    var name: String
    /// Website URL.
    var website: String?
    /// Logo.
    var logo: OCPIImage?

    func validate(into validator: inout OCPIValidator) {
        validator.string(name, "name", max: 100)
        validator.url(website, "website")
        validator.nested(logo, "logo")
    }
}
