/// OCPI `LocationReferences` (§10.4): where a driver wants to charge, sent with a real-time
/// authorization and echoed (narrowed) in its answer.
struct OCPILocationReferences: OCPIWireObject {
    /// Location id, `CiString(36)`.
    var locationID: String
    /// EVSE uids, `CiString(36)` each.
    var evseUIDs: [String]?

    enum CodingKeys: String, CodingKey {
        case locationID = "location_id"
        case evseUIDs = "evse_uids"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.ciString(locationID, "location_id", max: 36)
        validator.ciStrings(evseUIDs, "evse_uids", max: 36)
    }
}
