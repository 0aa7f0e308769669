import Foundation

/// The body of a Location PATCH (§6.3): any fields of ``OCPILocation``, of which only those
/// present change; `last_updated` is required. A list present replaces the stored list.
struct OCPILocationPatch: OCPIWireObject {
    /// See ``OCPILocation/countryCode``.
    var countryCode: String?
    /// See ``OCPILocation/partyID``.
    var partyID: String?
    /// See ``OCPILocation/id``.
    var id: String?
    /// See ``OCPILocation/publish``.
    var publish: Bool?
    /// See ``OCPILocation/publishAllowedTo``.
    var publishAllowedTo: [OCPIPublishTokenType]?
    /// See ``OCPILocation/name``.
    var name: String?
    /// See ``OCPILocation/address``.
    var address: String?
    /// See ``OCPILocation/city``.
    var city: String?
    /// See ``OCPILocation/postalCode``.
    var postalCode: String?
    /// See ``OCPILocation/state``.
    var state: String?
    /// See ``OCPILocation/country``.
    var country: String?
    /// See ``OCPILocation/coordinates``.
    var coordinates: OCPIGeoLocation?
    /// See ``OCPILocation/relatedLocations``.
    var relatedLocations: [OCPIAdditionalGeoLocation]?
    /// See ``OCPILocation/parkingType``.
    var parkingType: OCPIParkingType?
    /// See ``OCPILocation/evses``.
    var evses: [OCPIEVSE]?
    /// See ``OCPILocation/directions``.
    var directions: [OCPIDisplayText]?
    /// See ``OCPILocation/operator``.
    var `operator`: OCPIBusinessDetails?
    /// See ``OCPILocation/suboperator``.
    var suboperator: OCPIBusinessDetails?
    /// See ``OCPILocation/owner``.
    var owner: OCPIBusinessDetails?
    /// See ``OCPILocation/facilities``.
    var facilities: [OCPIFacility]?
    /// See ``OCPILocation/timeZone``.
    var timeZone: String?
    /// See ``OCPILocation/openingTimes``.
    var openingTimes: OCPIHours?
    /// See ``OCPILocation/chargingWhenClosed``.
    var chargingWhenClosed: Bool?
    /// See ``OCPILocation/images``.
    var images: [OCPIImage]?
    /// See ``OCPILocation/energyMix``.
    var energyMix: OCPIEnergyMix?
    /// Required in a PATCH.
    var lastUpdated: Date?

    typealias CodingKeys = OCPILocation.CodingKeys

    func validate(into validator: inout OCPIValidator) {
        validator.countryCode(countryCode)
        validator.partyID(partyID)
        validator.ciString(id, "id", max: 36)
        validator.each(publishAllowedTo, "publish_allowed_to")
        validator.string(name, "name", max: 255)
        validator.string(address, "address", max: 255)
        validator.string(city, "city", max: 45)
        validator.string(postalCode, "postal_code", max: 10)
        validator.string(state, "state", max: 45)
        validator.threeLetterCode(country, "country")
        validator.nested(coordinates, "coordinates")
        validator.each(relatedLocations, "related_locations")
        validator.each(evses, "evses")
        validator.each(directions, "directions")
        validator.nested(`operator`, "operator")
        validator.nested(suboperator, "suboperator")
        validator.nested(owner, "owner")
        validator.timeZone(timeZone)
        validator.nested(openingTimes, "opening_times")
        validator.each(images, "images")
        validator.nested(energyMix, "energy_mix")
        validator.lastUpdatedInPatch(lastUpdated)
    }
}
