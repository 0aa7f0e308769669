public import Foundation

/// One charging point that can charge one vehicle at a time, with its connectors.
///
/// Carries what OCPI's EVSE object and OICP's EVSE data record need; fields only one protocol
/// knows are optional or may be empty lists.
public struct EVSE: Sendable, Hashable, Codable {
    /// Technical id, unique within the owning party and immutable (not a hardware id).
    public var uid: String
    /// eMI3 EVSE id shown to drivers, e.g. `DE*ABC*E123`.
    public var evseID: String?
    /// Current status.
    public var status: EVSEStatus
    /// Planned future statuses (informational).
    public var statusSchedule: [StatusSchedule]
    /// What the EVSE can do.
    public var capabilities: [Capability]
    /// The connectors; at least one.
    public var connectors: [Connector]
    /// Floor level in local numbering.
    public var floorLevel: String?
    /// Position of the EVSE itself.
    public var coordinates: GeoLocation?
    /// Number or name printed on the device.
    public var physicalReference: String?
    /// Directions from the location to this EVSE.
    public var directions: [DisplayText]
    /// Who may park here.
    public var parkingRestrictions: [ParkingRestriction]
    /// Pictures of the EVSE.
    public var images: [Image]
    /// Who can reach it and on what terms (OICP).
    public var accessibility: Accessibility?
    /// How drivers can identify (OICP).
    public var authenticationModes: [AuthenticationMode]
    /// How charging can be paid (OICP).
    public var paymentOptions: [PaymentOption]
    /// Extra services offered (OICP); empty for none.
    public var valueAddedServices: [ValueAddedService]
    /// Where calibration-law metering data can be read (OICP).
    public var calibrationLawDataAvailability: CalibrationLawDataAvailability?
    /// Whether live status is reported for this EVSE; `nil` when not stated (OICP `auto`).
    public var dynamicStatusAvailable: Bool?
    /// Last change of the EVSE or any of its connectors.
    public var lastUpdated: Date

    /// Creates an EVSE.
    public init(
        uid: String,
        evseID: String? = nil,
        status: EVSEStatus,
        statusSchedule: [StatusSchedule] = [],
        capabilities: [Capability] = [],
        connectors: [Connector],
        floorLevel: String? = nil,
        coordinates: GeoLocation? = nil,
        physicalReference: String? = nil,
        directions: [DisplayText] = [],
        parkingRestrictions: [ParkingRestriction] = [],
        images: [Image] = [],
        accessibility: Accessibility? = nil,
        authenticationModes: [AuthenticationMode] = [],
        paymentOptions: [PaymentOption] = [],
        valueAddedServices: [ValueAddedService] = [],
        calibrationLawDataAvailability: CalibrationLawDataAvailability? = nil,
        dynamicStatusAvailable: Bool? = nil,
        lastUpdated: Date
    ) {
        self.uid = uid
        self.evseID = evseID
        self.status = status
        self.statusSchedule = statusSchedule
        self.capabilities = capabilities
        self.connectors = connectors
        self.floorLevel = floorLevel
        self.coordinates = coordinates
        self.physicalReference = physicalReference
        self.directions = directions
        self.parkingRestrictions = parkingRestrictions
        self.images = images
        self.accessibility = accessibility
        self.authenticationModes = authenticationModes
        self.paymentOptions = paymentOptions
        self.valueAddedServices = valueAddedServices
        self.calibrationLawDataAvailability = calibrationLawDataAvailability
        self.dynamicStatusAvailable = dynamicStatusAvailable
        self.lastUpdated = lastUpdated
    }
}
