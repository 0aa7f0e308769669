/// The versions-list entry (defined with the Versions module) checks like every wire object.
extension OCPIVersion: OCPIWireObject {
    func validate(into validator: inout OCPIValidator) {
        validator.string(version, "version", max: 10)
        validator.url(url, "url")
    }
}
