import PlatformCore

/// BusinessDetails ↔ domain ``BusinessDetails``.
extension OCPIBusinessDetails {
    /// The wire form of domain business details.
    init(domain details: BusinessDetails) {
        self.init(name: details.name, website: details.website, logo: details.logo.map(OCPIImage.init(domain:)))
    }

    /// The domain business details.
    func domain() -> BusinessDetails {
        BusinessDetails(name: name, website: website, logo: logo?.domain())
    }
}
