import PlatformCore

/// AuthorizationInfo ↔ domain ``AuthorizationInfo``.
extension OCPIAuthorizationInfo {
    /// The wire form of a domain authorization answer.
    init(domain info: AuthorizationInfo) {
        self.init(
            allowed: OCPIAllowedType(domain: info.allowed), token: OCPIToken(domain: info.token),
            location: info.location.map(OCPILocationReferences.init(domain:)),
            authorizationReference: info.authorizationReference, info: info.info.map(OCPIDisplayText.init(domain:)))
    }

    /// The domain authorization answer.
    /// - Throws: ``OCPIMappingError`` for a verdict or token the domain cannot hold.
    func domain() throws -> AuthorizationInfo {
        AuthorizationInfo(
            allowed: try allowed.domain("allowed"), token: try OCPIMapping.within("token") { try token.domain() },
            location: location?.domain(), authorizationReference: authorizationReference, info: info?.domain())
    }
}

/// LocationReferences ↔ domain ``LocationReference``.
extension OCPILocationReferences {
    /// The wire form of a domain location reference.
    init(domain reference: LocationReference) {
        self.init(locationID: reference.locationID, evseUIDs: OCPIMapping.list(reference.evseUIDs))
    }

    /// The domain location reference.
    func domain() -> LocationReference {
        LocationReference(locationID: locationID, evseUIDs: evseUIDs ?? [])
    }
}
