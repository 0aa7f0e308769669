/// Applying a Location PATCH to the stored object.
extension OCPILocation {
    /// Replaces every field present in `patch` (lists as a whole); absent fields stay.
    mutating func apply(_ patch: OCPILocationPatch) {
        countryCode = patch.countryCode ?? countryCode
        partyID = patch.partyID ?? partyID
        id = patch.id ?? id
        publish = patch.publish ?? publish
        publishAllowedTo = patch.publishAllowedTo ?? publishAllowedTo
        name = patch.name ?? name
        address = patch.address ?? address
        city = patch.city ?? city
        postalCode = patch.postalCode ?? postalCode
        state = patch.state ?? state
        country = patch.country ?? country
        coordinates = patch.coordinates ?? coordinates
        relatedLocations = patch.relatedLocations ?? relatedLocations
        parkingType = patch.parkingType ?? parkingType
        evses = patch.evses ?? evses
        directions = patch.directions ?? directions
        `operator` = patch.operator ?? `operator`
        suboperator = patch.suboperator ?? suboperator
        owner = patch.owner ?? owner
        facilities = patch.facilities ?? facilities
        timeZone = patch.timeZone ?? timeZone
        openingTimes = patch.openingTimes ?? openingTimes
        chargingWhenClosed = patch.chargingWhenClosed ?? chargingWhenClosed
        images = patch.images ?? images
        energyMix = patch.energyMix ?? energyMix
        lastUpdated = patch.lastUpdated ?? lastUpdated
    }
}
