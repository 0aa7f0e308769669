/// Applying an EVSE PATCH to the stored object.
extension OCPIEVSE {
    /// Replaces every field present in `patch` (lists as a whole); absent fields stay.
    mutating func apply(_ patch: OCPIEVSEPatch) {
        uid = patch.uid ?? uid
        evseID = patch.evseID ?? evseID
        status = patch.status ?? status
        statusSchedule = patch.statusSchedule ?? statusSchedule
        capabilities = patch.capabilities ?? capabilities
        connectors = patch.connectors ?? connectors
        floorLevel = patch.floorLevel ?? floorLevel
        coordinates = patch.coordinates ?? coordinates
        physicalReference = patch.physicalReference ?? physicalReference
        directions = patch.directions ?? directions
        parkingRestrictions = patch.parkingRestrictions ?? parkingRestrictions
        images = patch.images ?? images
        lastUpdated = patch.lastUpdated ?? lastUpdated
    }
}
