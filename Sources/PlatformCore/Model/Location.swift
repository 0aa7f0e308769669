public import Foundation

/// A charging site of a CPO with its EVSEs and connectors (OCPI Location; OICP groups its flat
/// EVSE records into one).
public struct Location: Sendable, Hashable, Codable {
    /// The CPO owning the location.
    public var party: PartyID
    /// Identifier, unique within the owning party and never renamed.
    public var id: String
    /// Whether drivers may see it; if false only tokens matching ``publishAllowedTo`` may.
    public var publish: Bool
    /// Who may see an unpublished location.
    public var publishAllowedTo: [PublishTokenType]
    /// Display name.
    public var name: String?
    /// Street and house number.
    public var address: String
    /// City or town.
    public var city: String
    /// Postal code, if the place has one.
    public var postalCode: String?
    /// State or province, where relevant.
    public var state: String?
    /// ISO 3166-1 alpha-3 code of the country the location is in, e.g. `DEU`.
    public var country: String
    /// Position of the site.
    public var coordinates: GeoLocation
    /// Further points such as entrances.
    public var relatedLocations: [AdditionalGeoLocation]
    /// Where the parking spaces are.
    public var parkingType: ParkingType?
    /// The charging points.
    public var evses: [EVSE]
    /// How to get there.
    public var directions: [DisplayText]
    /// The operator; when `nil`, the owning party's business details apply.
    public var `operator`: BusinessDetails?
    /// The suboperator.
    public var suboperator: BusinessDetails?
    /// The owner of the site, e.g. the supermarket whose car park it is (OCPI `owner`; named
    /// so to keep ``StoredDocument/owner`` for the owning party).
    public var siteOwner: BusinessDetails?
    /// Facilities at or near the site.
    public var facilities: [Facility]
    /// IANA time zone name, e.g. `Europe/Berlin`; local times of opening hours and tariff
    /// restrictions are read in it.
    public var timeZone: String
    /// When the EVSEs can be reached; `nil` when unknown.
    public var openingTimes: OpeningHours?
    /// Whether charging continues after closing time (`nil` = not stated, meaning yes).
    public var chargingWhenClosed: Bool?
    /// Pictures of the site.
    public var images: [Image]
    /// Where the electricity comes from.
    public var energyMix: EnergyMix?
    /// Phone number of the operator's hotline, `+` and digits (required by OICP).
    public var hotlinePhoneNumber: String?
    /// Last change of the location or any of its EVSEs and connectors.
    public var lastUpdated: Date

    /// Creates a location.
    public init(
        party: PartyID,
        id: String,
        publish: Bool,
        publishAllowedTo: [PublishTokenType] = [],
        name: String? = nil,
        address: String,
        city: String,
        postalCode: String? = nil,
        state: String? = nil,
        country: String,
        coordinates: GeoLocation,
        relatedLocations: [AdditionalGeoLocation] = [],
        parkingType: ParkingType? = nil,
        evses: [EVSE] = [],
        directions: [DisplayText] = [],
        operator: BusinessDetails? = nil,
        suboperator: BusinessDetails? = nil,
        siteOwner: BusinessDetails? = nil,
        facilities: [Facility] = [],
        timeZone: String,
        openingTimes: OpeningHours? = nil,
        chargingWhenClosed: Bool? = nil,
        images: [Image] = [],
        energyMix: EnergyMix? = nil,
        hotlinePhoneNumber: String? = nil,
        lastUpdated: Date
    ) {
        self.party = party
        self.id = id
        self.publish = publish
        self.publishAllowedTo = publishAllowedTo
        self.name = name
        self.address = address
        self.city = city
        self.postalCode = postalCode
        self.state = state
        self.country = country
        self.coordinates = coordinates
        self.relatedLocations = relatedLocations
        self.parkingType = parkingType
        self.evses = evses
        self.directions = directions
        self.operator = `operator`
        self.suboperator = suboperator
        self.siteOwner = siteOwner
        self.facilities = facilities
        self.timeZone = timeZone
        self.openingTimes = openingTimes
        self.chargingWhenClosed = chargingWhenClosed
        self.images = images
        self.energyMix = energyMix
        self.hotlinePhoneNumber = hotlinePhoneNumber
        self.lastUpdated = lastUpdated
    }
}
