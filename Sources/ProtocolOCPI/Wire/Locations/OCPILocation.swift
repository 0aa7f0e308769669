import Foundation

/// OCPI `Location` (§6.4): a charging site of a CPO with its EVSEs.
struct OCPILocation: OCPIWireObject {
    /// Country code of the owning CPO.
    var countryCode: String
    /// Party id of the owning CPO.
    var partyID: String
    /// Id, `CiString(36)`, unique per CPO.
    var id: String
    /// Whether drivers may see it.
    var publish: Bool
    /// Who may see it when not published.
    var publishAllowedTo: [OCPIPublishTokenType]?
    /// Display name, `string(255)`.
    var name: String?
    /// Street and number (`string(45)`, 255 after the errata).
    var address: String
    /// City, `string(45)`.
    var city: String
    /// Postal code, `string(10)`.
    var postalCode: String?
    /// State (`string(20)`, 45 after the errata).
    var state: String?
    /// ISO 3166-1 alpha-3 country.
    var country: String
    /// Position.
    var coordinates: OCPIGeoLocation
    /// Further points such as entrances.
    var relatedLocations: [OCPIAdditionalGeoLocation]?
    /// Where the parking is.
    var parkingType: OCPIParkingType?
    /// The EVSEs.
    var evses: [OCPIEVSE]?
    /// How to get there.
    var directions: [OCPIDisplayText]?
    /// The operator.
    var `operator`: OCPIBusinessDetails?
    /// The suboperator.
    var suboperator: OCPIBusinessDetails?
    /// The owner of the site.
    var owner: OCPIBusinessDetails?
    /// Facilities nearby.
    var facilities: [OCPIFacility]?
    /// IANA time zone, `string(255)`; required in 2.2.1.
    var timeZone: String
    /// Opening hours.
    var openingTimes: OCPIHours?
    /// Whether charging continues after closing (absent = true).
    var chargingWhenClosed: Bool?
    /// Pictures.
    var images: [OCPIImage]?
    /// Energy mix.
    var energyMix: OCPIEnergyMix?
    /// Last change of the location or anything in it.
    var lastUpdated: Date

    enum CodingKeys: String, CodingKey {
        case countryCode = "country_code"
        case partyID = "party_id"
        case id
        case publish
        case publishAllowedTo = "publish_allowed_to"
        case name
        case address
        case city
        case postalCode = "postal_code"
        case state
        case country
        case coordinates
        case relatedLocations = "related_locations"
        case parkingType = "parking_type"
        case evses
        case directions
        case `operator`
        case suboperator
        case owner
        case facilities
        case timeZone = "time_zone"
        case openingTimes = "opening_times"
        case chargingWhenClosed = "charging_when_closed"
        case images
        case energyMix = "energy_mix"
        case lastUpdated = "last_updated"
    }

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
        validator.unique(evses, "evses") { $0.uid.uppercased() }
        validator.each(directions, "directions")
        validator.nested(`operator`, "operator")
        validator.nested(suboperator, "suboperator")
        validator.nested(owner, "owner")
        validator.timeZone(timeZone)
        validator.nested(openingTimes, "opening_times")
        validator.each(images, "images")
        validator.nested(energyMix, "energy_mix")
    }
}
