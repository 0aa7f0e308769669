import PlatformCore

/// CdrLocation ↔ domain ``CDRLocation``.
extension OCPICdrLocation {
    /// The wire form of a domain location snapshot.
    init(domain location: CDRLocation) {
        self.init(
            id: location.id, name: location.name, address: location.address, city: location.city,
            postalCode: location.postalCode, state: location.state, country: location.country,
            coordinates: OCPIGeoLocation(domain: location.coordinates), evseUID: location.evseUID,
            evseID: location.evseID, connectorID: location.connectorID,
            connectorStandard: OCPIConnectorType(domain: location.connectorStandard),
            connectorFormat: OCPIConnectorFormat(domain: location.connectorFormat),
            connectorPowerType: OCPIPowerType(domain: location.connectorPowerType))
    }

    /// The domain location snapshot.
    /// - Throws: ``OCPIMappingError`` for a malformed coordinate or a connector format or power
    ///   type the domain does not know.
    func domain() throws -> CDRLocation {
        CDRLocation(
            id: id, name: name, address: address, city: city, postalCode: postalCode, state: state, country: country,
            coordinates: try OCPIMapping.within("coordinates") { try coordinates.domain() }, evseUID: evseUID,
            evseID: evseID, connectorID: connectorID,
            connectorStandard: ConnectorStandard(rawValue: connectorStandard.rawValue),
            connectorFormat: try connectorFormat.domain("connector_format"),
            connectorPowerType: try connectorPowerType.domain("connector_power_type"))
    }
}
