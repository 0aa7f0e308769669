/// Applying a Token PATCH to the stored object.
extension OCPIToken {
    /// Replaces every field present in `patch`; absent fields stay.
    mutating func apply(_ patch: OCPITokenPatch) {
        countryCode = patch.countryCode ?? countryCode
        partyID = patch.partyID ?? partyID
        uid = patch.uid ?? uid
        type = patch.type ?? type
        contractID = patch.contractID ?? contractID
        visualNumber = patch.visualNumber ?? visualNumber
        issuer = patch.issuer ?? issuer
        groupID = patch.groupID ?? groupID
        valid = patch.valid ?? valid
        whitelist = patch.whitelist ?? whitelist
        language = patch.language ?? language
        defaultProfileType = patch.defaultProfileType ?? defaultProfileType
        energyContract = patch.energyContract ?? energyContract
        lastUpdated = patch.lastUpdated ?? lastUpdated
    }
}
