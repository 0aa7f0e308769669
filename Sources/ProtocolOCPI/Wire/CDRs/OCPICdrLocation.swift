/// OCPI `CdrLocation` (§8.5): location, EVSE and connector of a CDR as at session start.
struct OCPICdrLocation: OCPIWireObject {
    /// Location id.
    var id: String
    /// Name, `string(255)`.
    var name: String?
    /// Street and number (accepted up to 255 as for Location).
    var address: String
    /// City, `string(45)`.
    var city: String
    /// Postal code, `string(10)`.
    var postalCode: String?
    /// State (accepted up to 45).
    var state: String?
    /// ISO 3166-1 alpha-3 country.
    var country: String
    /// Position.
    var coordinates: OCPIGeoLocation
    /// EVSE uid (`#NA` for a reservation-only CDR).
    var evseUID: String
    /// eMI3 EVSE id, `CiString(48)` (`#NA` for a reservation-only CDR).
    var evseID: String
    /// Connector id (`#NA` for a reservation-only CDR).
    var connectorID: String
    /// Connector standard.
    var connectorStandard: OCPIConnectorType
    /// Connector format.
    var connectorFormat: OCPIConnectorFormat
    /// Connector power type.
    var connectorPowerType: OCPIPowerType

    enum CodingKeys: String, CodingKey {
        case id
        case name
        case address
        case city
        case postalCode = "postal_code"
        case state
        case country
        case coordinates
        case evseUID = "evse_uid"
        case evseID = "evse_id"
        case connectorID = "connector_id"
        case connectorStandard = "connector_standard"
        case connectorFormat = "connector_format"
        case connectorPowerType = "connector_power_type"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.ciString(id, "id", max: 36)
        validator.string(name, "name", max: 255)
        validator.string(address, "address", max: 255)
        validator.string(city, "city", max: 45)
        validator.string(postalCode, "postal_code", max: 10)
        validator.string(state, "state", max: 45)
        validator.threeLetterCode(country, "country")
        validator.nested(coordinates, "coordinates")
        validator.ciString(evseUID, "evse_uid", max: 36)
        validator.ciString(evseID, "evse_id", max: 48)
        validator.ciString(connectorID, "connector_id", max: 36)
    }
}
