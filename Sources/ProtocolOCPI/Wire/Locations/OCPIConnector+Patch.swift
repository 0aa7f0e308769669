/// Applying a Connector PATCH to the stored object.
extension OCPIConnector {
    /// Replaces every field present in `patch` (lists as a whole); absent fields stay.
    mutating func apply(_ patch: OCPIConnectorPatch) {
        id = patch.id ?? id
        standard = patch.standard ?? standard
        format = patch.format ?? format
        powerType = patch.powerType ?? powerType
        maxVoltage = patch.maxVoltage ?? maxVoltage
        maxAmperage = patch.maxAmperage ?? maxAmperage
        maxElectricPower = patch.maxElectricPower ?? maxElectricPower
        tariffIDs = patch.tariffIDs ?? tariffIDs
        termsAndConditions = patch.termsAndConditions ?? termsAndConditions
        lastUpdated = patch.lastUpdated ?? lastUpdated
    }
}
