import PlatformCore

/// GeoLocation (strings) ↔ domain ``GeoLocation`` (decimals).
extension OCPIGeoLocation {
    /// The wire form: decimal strings with 5 to 7 decimals.
    init(domain location: GeoLocation) {
        self.init(
            latitude: OCPIMapping.coordinate(location.latitude), longitude: OCPIMapping.coordinate(location.longitude))
    }

    /// The domain position, read exactly from the strings.
    func domain() throws -> GeoLocation {
        GeoLocation(
            latitude: try OCPIMapping.coordinate(latitude, "latitude"),
            longitude: try OCPIMapping.coordinate(longitude, "longitude"))
    }
}

/// AdditionalGeoLocation ↔ domain ``AdditionalGeoLocation``.
extension OCPIAdditionalGeoLocation {
    /// The wire form of a further point.
    init(domain location: AdditionalGeoLocation) {
        self.init(
            latitude: OCPIMapping.coordinate(location.latitude), longitude: OCPIMapping.coordinate(location.longitude),
            name: location.name.map(OCPIDisplayText.init(domain:)))
    }

    /// The domain point.
    func domain() throws -> AdditionalGeoLocation {
        AdditionalGeoLocation(
            latitude: try OCPIMapping.coordinate(latitude, "latitude"),
            longitude: try OCPIMapping.coordinate(longitude, "longitude"), name: name?.domain())
    }
}
