import Foundation

/// OCPI `Connector` (§6.6): one plug or socket of an EVSE.
struct OCPIConnector: OCPIWireObject {
    /// Id, `CiString(36)`, unique within its EVSE.
    var id: String
    /// Plug or socket standard.
    var standard: OCPIConnectorType
    /// Socket or cable.
    var format: OCPIConnectorFormat
    /// Kind of current.
    var powerType: OCPIPowerType
    /// Maximum voltage, V.
    var maxVoltage: Int
    /// Maximum current, A.
    var maxAmperage: Int
    /// Maximum power, W.
    var maxElectricPower: Int?
    /// Ids of the currently valid tariffs, `CiString(36)` each.
    var tariffIDs: [String]?
    /// URL of terms and conditions.
    var termsAndConditions: String?
    /// Last change.
    var lastUpdated: Date

    enum CodingKeys: String, CodingKey {
        case id
        case standard
        case format
        case powerType = "power_type"
        case maxVoltage = "max_voltage"
        case maxAmperage = "max_amperage"
        case maxElectricPower = "max_electric_power"
        case tariffIDs = "tariff_ids"
        case termsAndConditions = "terms_and_conditions"
        case lastUpdated = "last_updated"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.ciString(id, "id", max: 36)
        validator.ciStrings(tariffIDs, "tariff_ids", max: 36)
        validator.url(termsAndConditions, "terms_and_conditions")
    }
}
