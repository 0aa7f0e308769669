public import Foundation

/// The location, EVSE and connector of a CDR as they were when the session started.
public struct CDRLocation: Sendable, Hashable, Codable {
    /// Id of the location.
    public var id: String
    /// Display name of the location.
    public var name: String?
    /// Street and house number.
    public var address: String
    /// City or town.
    public var city: String
    /// Postal code.
    public var postalCode: String?
    /// State or province.
    public var state: String?
    /// ISO 3166-1 alpha-3 country code.
    public var country: String
    /// Position of the location.
    public var coordinates: GeoLocation
    /// Uid of the EVSE used (`#NA` for a reservation-only CDR).
    public var evseUID: String
    /// eMI3 EVSE id of the EVSE used (`#NA` for a reservation-only CDR).
    public var evseID: String
    /// Id of the connector used (`#NA` for a reservation-only CDR).
    public var connectorID: String
    /// Standard of the connector used.
    public var connectorStandard: ConnectorStandard
    /// Format of the connector used.
    public var connectorFormat: ConnectorFormat
    /// Power type of the connector used.
    public var connectorPowerType: PowerType

    /// Creates a location snapshot.
    public init(
        id: String,
        name: String? = nil,
        address: String,
        city: String,
        postalCode: String? = nil,
        state: String? = nil,
        country: String,
        coordinates: GeoLocation,
        evseUID: String,
        evseID: String,
        connectorID: String,
        connectorStandard: ConnectorStandard,
        connectorFormat: ConnectorFormat,
        connectorPowerType: PowerType
    ) {
        self.id = id
        self.name = name
        self.address = address
        self.city = city
        self.postalCode = postalCode
        self.state = state
        self.country = country
        self.coordinates = coordinates
        self.evseUID = evseUID
        self.evseID = evseID
        self.connectorID = connectorID
        self.connectorStandard = connectorStandard
        self.connectorFormat = connectorFormat
        self.connectorPowerType = connectorPowerType
    }
}
