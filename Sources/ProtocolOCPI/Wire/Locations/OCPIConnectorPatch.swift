import Foundation

/// The body of a Connector PATCH (§6.3), e.g. `{"tariff_ids": ["15"], "last_updated": ...}`:
/// any fields of ``OCPIConnector``, of which only those present change; `last_updated` is required.
struct OCPIConnectorPatch: OCPIWireObject {
    /// See ``OCPIConnector/id``.
    var id: String?
    /// See ``OCPIConnector/standard``.
    var standard: OCPIConnectorType?
    /// See ``OCPIConnector/format``.
    var format: OCPIConnectorFormat?
    /// See ``OCPIConnector/powerType``.
    var powerType: OCPIPowerType?
    /// See ``OCPIConnector/maxVoltage``.
    var maxVoltage: Int?
    /// See ``OCPIConnector/maxAmperage``.
    var maxAmperage: Int?
    /// See ``OCPIConnector/maxElectricPower``.
    var maxElectricPower: Int?
    /// See ``OCPIConnector/tariffIDs``.
    var tariffIDs: [String]?
    /// See ``OCPIConnector/termsAndConditions``.
    var termsAndConditions: String?
    /// Required in a PATCH.
    var lastUpdated: Date?

    typealias CodingKeys = OCPIConnector.CodingKeys

    func validate(into validator: inout OCPIValidator) {
        validator.ciString(id, "id", max: 36)
        validator.ciStrings(tariffIDs, "tariff_ids", max: 36)
        validator.url(termsAndConditions, "terms_and_conditions")
        validator.lastUpdatedInPatch(lastUpdated)
    }
}
