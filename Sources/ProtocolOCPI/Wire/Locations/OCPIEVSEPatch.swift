import Foundation

/// The body of an EVSE PATCH (§6.3), typically `{"status": ..., "last_updated": ...}`: any
/// fields of ``OCPIEVSE``, of which only those present change; `last_updated` is required.
struct OCPIEVSEPatch: OCPIWireObject {
    /// See ``OCPIEVSE/uid``.
    var uid: String?
    /// See ``OCPIEVSE/evseID``.
    var evseID: String?
    /// See ``OCPIEVSE/status``.
    var status: OCPIEVSEStatus?
    /// See ``OCPIEVSE/statusSchedule``.
    var statusSchedule: [OCPIStatusSchedule]?
    /// See ``OCPIEVSE/capabilities``.
    var capabilities: [OCPICapability]?
    /// See ``OCPIEVSE/connectors``.
    var connectors: [OCPIConnector]?
    /// See ``OCPIEVSE/floorLevel``.
    var floorLevel: String?
    /// See ``OCPIEVSE/coordinates``.
    var coordinates: OCPIGeoLocation?
    /// See ``OCPIEVSE/physicalReference``.
    var physicalReference: String?
    /// See ``OCPIEVSE/directions``.
    var directions: [OCPIDisplayText]?
    /// See ``OCPIEVSE/parkingRestrictions``.
    var parkingRestrictions: [OCPIParkingRestriction]?
    /// See ``OCPIEVSE/images``.
    var images: [OCPIImage]?
    /// Required in a PATCH.
    var lastUpdated: Date?

    typealias CodingKeys = OCPIEVSE.CodingKeys

    func validate(into validator: inout OCPIValidator) {
        validator.ciString(uid, "uid", max: 36)
        validator.ciString(evseID, "evse_id", max: 48)
        validator.each(statusSchedule, "status_schedule")
        if let connectors {
            validator.nonEmpty(connectors.count, "connectors")
        }
        validator.each(connectors, "connectors")
        validator.string(floorLevel, "floor_level", max: 4)
        validator.nested(coordinates, "coordinates")
        validator.string(physicalReference, "physical_reference", max: 16)
        validator.each(directions, "directions")
        validator.each(images, "images")
        validator.lastUpdatedInPatch(lastUpdated)
    }
}
