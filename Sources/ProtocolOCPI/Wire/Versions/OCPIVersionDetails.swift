/// OCPI version details (§4.2): the endpoints a party offers for one version.
struct OCPIVersionDetails: OCPIWireObject {
    /// The version described (VersionNumber, e.g. `2.2.1`; a string like ``OCPIVersion/version``).
    var version: String
    /// The module interfaces offered; at least one.
    var endpoints: [OCPIEndpoint]

    func validate(into validator: inout OCPIValidator) {
        validator.string(version, "version", max: 10)
        validator.nonEmpty(endpoints.count, "endpoints")
        validator.each(endpoints, "endpoints")
    }
}
