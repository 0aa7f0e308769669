public import Foundation

/// One plug or socket of an EVSE. Only one connector of an EVSE can be used at a time.
public struct Connector: Sendable, Hashable, Codable {
    /// Identifier, unique within its EVSE.
    public var id: String
    /// Plug or socket standard.
    public var standard: ConnectorStandard
    /// Socket or attached cable.
    public var format: ConnectorFormat
    /// Kind of current delivered.
    public var powerType: PowerType
    /// Maximum voltage in V (line to neutral for three-phase AC).
    public var maxVoltage: Int
    /// Maximum current in A (per phase).
    public var maxAmperage: Int
    /// Maximum power in W, when lower than voltage × current suggests.
    public var maxElectricPower: Int?
    /// IEC 61851 charging modes supported (OICP; empty when unknown).
    public var chargingModes: [ChargingMode]
    /// Ids of the tariffs currently valid here; at most one active per ``TariffType``.
    public var tariffIDs: [String]
    /// URL of operator terms and conditions.
    public var termsAndConditions: String?
    /// Last change of this connector.
    public var lastUpdated: Date

    /// Creates a connector.
    public init(
        id: String,
        standard: ConnectorStandard,
        format: ConnectorFormat,
        powerType: PowerType,
        maxVoltage: Int,
        maxAmperage: Int,
        maxElectricPower: Int? = nil,
        chargingModes: [ChargingMode] = [],
        tariffIDs: [String] = [],
        termsAndConditions: String? = nil,
        lastUpdated: Date
    ) {
        self.id = id
        self.standard = standard
        self.format = format
        self.powerType = powerType
        self.maxVoltage = maxVoltage
        self.maxAmperage = maxAmperage
        self.maxElectricPower = maxElectricPower
        self.chargingModes = chargingModes
        self.tariffIDs = tariffIDs
        self.termsAndConditions = termsAndConditions
        self.lastUpdated = lastUpdated
    }
}
