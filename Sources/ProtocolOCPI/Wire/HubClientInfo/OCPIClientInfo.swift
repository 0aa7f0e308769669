import Foundation

/// OCPI `ClientInfo` (§13.2): whether a party connected to a hub is reachable.
struct OCPIClientInfo: OCPIWireObject {
    /// Party id of the party described.
    var partyID: String
    /// Country code of the party described.
    var countryCode: String
    /// Its role.
    var role: OCPIRole
    /// Its connection state.
    var status: OCPIConnectionStatus
    /// Last change.
    var lastUpdated: Date

    enum CodingKeys: String, CodingKey {
        case partyID = "party_id"
        case countryCode = "country_code"
        case role
        case status
        case lastUpdated = "last_updated"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.partyID(partyID)
        validator.countryCode(countryCode)
    }
}
