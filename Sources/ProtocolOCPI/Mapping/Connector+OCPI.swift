import PlatformCore

/// Connector ↔ domain ``Connector``. The domain's OICP-only ``Connector/chargingModes`` are not
/// carried by OCPI.
extension OCPIConnector {
    /// The wire form of a domain connector.
    init(domain connector: Connector) {
        self.init(
            id: connector.id, standard: OCPIConnectorType(domain: connector.standard),
            format: OCPIConnectorFormat(domain: connector.format),
            powerType: OCPIPowerType(domain: connector.powerType),
            maxVoltage: connector.maxVoltage, maxAmperage: connector.maxAmperage,
            maxElectricPower: connector.maxElectricPower, tariffIDs: OCPIMapping.list(connector.tariffIDs),
            termsAndConditions: connector.termsAndConditions, lastUpdated: connector.lastUpdated)
    }

    /// The domain connector; an unknown standard is kept.
    /// - Throws: ``OCPIMappingError`` for a format or power type the domain does not know.
    func domain() throws -> Connector {
        Connector(
            id: id, standard: ConnectorStandard(rawValue: standard.rawValue), format: try format.domain("format"),
            powerType: try powerType.domain("power_type"), maxVoltage: maxVoltage, maxAmperage: maxAmperage,
            maxElectricPower: maxElectricPower, tariffIDs: tariffIDs ?? [], termsAndConditions: termsAndConditions,
            lastUpdated: lastUpdated)
    }
}
