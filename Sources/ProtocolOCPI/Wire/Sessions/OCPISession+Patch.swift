/// Applying a Session PATCH to the stored object.
extension OCPISession {
    /// Replaces every field present in `patch`, except `charging_periods`, which are appended
    /// (§7.3); absent fields stay.
    mutating func apply(_ patch: OCPISessionPatch) {
        countryCode = patch.countryCode ?? countryCode
        partyID = patch.partyID ?? partyID
        id = patch.id ?? id
        startDateTime = patch.startDateTime ?? startDateTime
        endDateTime = patch.endDateTime ?? endDateTime
        kwh = patch.kwh ?? kwh
        cdrToken = patch.cdrToken ?? cdrToken
        authMethod = patch.authMethod ?? authMethod
        authorizationReference = patch.authorizationReference ?? authorizationReference
        locationID = patch.locationID ?? locationID
        evseUID = patch.evseUID ?? evseUID
        connectorID = patch.connectorID ?? connectorID
        meterID = patch.meterID ?? meterID
        currency = patch.currency ?? currency
        if let added = patch.chargingPeriods, !added.isEmpty {
            chargingPeriods = (chargingPeriods ?? []) + added
        }
        totalCost = patch.totalCost ?? totalCost
        status = patch.status ?? status
        lastUpdated = patch.lastUpdated ?? lastUpdated
    }
}
