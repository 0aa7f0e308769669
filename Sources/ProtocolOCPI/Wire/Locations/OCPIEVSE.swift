import Foundation

/// OCPI `EVSE` (§6.5): one charging point of a location, with its connectors.
struct OCPIEVSE: OCPIWireObject {
    /// Technical id, `CiString(36)`, unique per CPO and immutable.
    var uid: String
    /// eMI3 EVSE id, `CiString(48)`.
    var evseID: String?
    /// Current status.
    var status: OCPIEVSEStatus
    /// Planned statuses.
    var statusSchedule: [OCPIStatusSchedule]?
    /// What it can do.
    var capabilities: [OCPICapability]?
    /// The connectors; at least one.
    var connectors: [OCPIConnector]
    /// Floor level, `string(4)`.
    var floorLevel: String?
    /// Position.
    var coordinates: OCPIGeoLocation?
    /// Number printed on the device, `string(16)`.
    var physicalReference: String?
    /// Directions from the location.
    var directions: [OCPIDisplayText]?
    /// Who may park here.
    var parkingRestrictions: [OCPIParkingRestriction]?
    /// Pictures.
    var images: [OCPIImage]?
    /// Last change of the EVSE or its connectors.
    var lastUpdated: Date

    enum CodingKeys: String, CodingKey {
        case uid
        case evseID = "evse_id"
        case status
        case statusSchedule = "status_schedule"
        case capabilities
        case connectors
        case floorLevel = "floor_level"
        case coordinates
        case physicalReference = "physical_reference"
        case directions
        case parkingRestrictions = "parking_restrictions"
        case images
        case lastUpdated = "last_updated"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.ciString(uid, "uid", max: 36)
        validator.ciString(evseID, "evse_id", max: 48)
        validator.each(statusSchedule, "status_schedule")
        validator.nonEmpty(connectors.count, "connectors")
        validator.each(connectors, "connectors")
        validator.unique(connectors, "connectors") { $0.id.uppercased() }
        validator.string(floorLevel, "floor_level", max: 4)
        validator.nested(coordinates, "coordinates")
        validator.string(physicalReference, "physical_reference", max: 16)
        validator.each(directions, "directions")
        validator.each(images, "images")
    }
}
