import PlatformCore

/// EVSE ↔ domain ``EVSE``. The domain's OICP-only fields (accessibility, authentication modes,
/// payment options, value-added services, calibration-law data, dynamic status) are not
/// carried by OCPI.
extension OCPIEVSE {
    /// The wire form of a domain EVSE; empty lists are omitted.
    init(domain evse: EVSE) {
        self.init(
            uid: evse.uid, evseID: evse.evseID, status: OCPIEVSEStatus(domain: evse.status),
            statusSchedule: OCPIMapping.list(evse.statusSchedule.map(OCPIStatusSchedule.init(domain:))),
            capabilities: OCPIMapping.list(evse.capabilities.map(OCPICapability.init(domain:))),
            connectors: evse.connectors.map(OCPIConnector.init(domain:)), floorLevel: evse.floorLevel,
            coordinates: evse.coordinates.map(OCPIGeoLocation.init(domain:)),
            physicalReference: evse.physicalReference,
            directions: OCPIMapping.list(evse.directions.map(OCPIDisplayText.init(domain:))),
            parkingRestrictions: OCPIMapping.list(evse.parkingRestrictions.map(OCPIParkingRestriction.init(domain:))),
            images: OCPIMapping.list(evse.images.map(OCPIImage.init(domain:))), lastUpdated: evse.lastUpdated)
    }

    /// The domain EVSE; a status the domain does not know becomes `UNKNOWN` ("no information",
    /// and listed by ``OCPIWireObject/unknownValues()``).
    /// - Throws: ``OCPIMappingError`` for a malformed coordinate or a connector the domain
    ///   cannot hold.
    func domain() throws -> EVSE {
        EVSE(
            uid: uid, evseID: evseID, status: EVSEStatus(rawValue: status.rawValue) ?? .unknown,
            statusSchedule: (statusSchedule ?? []).map { $0.domain() },
            capabilities: (capabilities ?? []).map { Capability(rawValue: $0.rawValue) },
            connectors: try OCPIMapping.map(connectors, "connectors") { try $0.domain() }, floorLevel: floorLevel,
            coordinates: try OCPIMapping.within("coordinates") { try coordinates?.domain() },
            physicalReference: physicalReference, directions: (directions ?? []).map { $0.domain() },
            parkingRestrictions: (parkingRestrictions ?? []).map { ParkingRestriction(rawValue: $0.rawValue) },
            images: (images ?? []).map { $0.domain() }, lastUpdated: lastUpdated)
    }
}

/// StatusSchedule ↔ domain ``StatusSchedule``.
extension OCPIStatusSchedule {
    /// The wire form of a domain scheduled status.
    init(domain schedule: StatusSchedule) {
        self.init(
            periodBegin: schedule.periodBegin, periodEnd: schedule.periodEnd,
            status: OCPIEVSEStatus(domain: schedule.status))
    }

    /// The domain scheduled status; an unknown status becomes `UNKNOWN`.
    func domain() -> StatusSchedule {
        StatusSchedule(
            periodBegin: periodBegin, periodEnd: periodEnd, status: EVSEStatus(rawValue: status.rawValue) ?? .unknown)
    }
}
