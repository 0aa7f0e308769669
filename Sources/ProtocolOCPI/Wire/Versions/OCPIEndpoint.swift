/// OCPI `Endpoint` (§4.2): one module interface of a version and its URL.
struct OCPIEndpoint: OCPIWireObject {
    /// The module.
    var identifier: OCPIModuleID
    /// Which side of the module (ignore it for `credentials`).
    var role: OCPIInterfaceRole
    /// Base URL of the interface.
    var url: String

    func validate(into validator: inout OCPIValidator) {
        validator.url(url, "url")
    }
}
