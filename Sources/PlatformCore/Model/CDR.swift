public import Foundation

/// A charge detail record: the final, billable account of a finished session. Never changed
/// once created; corrections are credit CDRs (``credit``) followed by new CDRs.
public struct CDR: Sendable, Hashable, Codable {
    /// The CPO that produced the CDR.
    public var party: PartyID
    /// Identifier, unique within the owning party (credit CDRs up to 39 characters).
    public var id: String
    /// Start of the session (or of the reservation, for reservation-only CDRs).
    public var startDateTime: Date
    /// End of the session.
    public var endDateTime: Date
    /// Id of the session; `nil` if there never was one.
    public var sessionID: String?
    /// The token used.
    public var cdrToken: CDRToken
    /// The last authorization method used in the session.
    public var authMethod: AuthMethod
    /// The eMSP's last authorization reference (OICP: Hubject's SessionID).
    public var authorizationReference: String?
    /// Location, EVSE and connector as at session start.
    public var cdrLocation: CDRLocation
    /// Id of the meter used.
    public var meterID: String?
    /// ISO 4217 currency of all costs.
    public var currency: String
    /// The relevant tariffs as at session start.
    public var tariffs: [Tariff]
    /// The metered periods; at least one.
    public var chargingPeriods: [ChargingPeriod]
    /// Signed calibration-law metering data.
    public var signedData: SignedData?
    /// Total cost of everything (negated in a credit CDR).
    public var totalCost: Price
    /// Fixed costs except fixed parking and reservation parts (e.g. a start fee).
    public var totalFixedCost: Price?
    /// Total energy charged, kWh.
    public var totalEnergy: Decimal
    /// Cost of the energy.
    public var totalEnergyCost: Price?
    /// Total duration, hours (charging and not charging).
    public var totalTime: Decimal
    /// Cost of the charging time.
    public var totalTimeCost: Price?
    /// Hours not charging.
    public var totalParkingTime: Decimal?
    /// Cost of parking, fixed parts included.
    public var totalParkingCost: Price?
    /// Cost of the reservation, fixed parts included.
    public var totalReservationCost: Price?
    /// Note for people, e.g. why the session stopped.
    public var remark: String?
    /// Reference to an invoice.
    public var invoiceReferenceID: String?
    /// Whether this is a credit CDR (then ``creditReferenceID`` is set).
    public var credit: Bool?
    /// Id of the CDR this one credits.
    public var creditReferenceID: String?
    /// Whether the session took place on the driver's home charger (energy to be compensated).
    public var homeChargingCompensation: Bool?
    /// When the CDR was created.
    public var lastUpdated: Date

    /// Creates a CDR.
    public init(
        party: PartyID, id: String, startDateTime: Date, endDateTime: Date, sessionID: String? = nil,
        cdrToken: CDRToken, authMethod: AuthMethod, authorizationReference: String? = nil,
        cdrLocation: CDRLocation, meterID: String? = nil, currency: String, tariffs: [Tariff] = [],
        chargingPeriods: [ChargingPeriod], signedData: SignedData? = nil, totalCost: Price,
        totalFixedCost: Price? = nil, totalEnergy: Decimal, totalEnergyCost: Price? = nil, totalTime: Decimal,
        totalTimeCost: Price? = nil, totalParkingTime: Decimal? = nil, totalParkingCost: Price? = nil,
        totalReservationCost: Price? = nil, remark: String? = nil, invoiceReferenceID: String? = nil,
        credit: Bool? = nil, creditReferenceID: String? = nil, homeChargingCompensation: Bool? = nil,
        lastUpdated: Date
    ) {
        self.party = party
        self.id = id
        self.startDateTime = startDateTime
        self.endDateTime = endDateTime
        self.sessionID = sessionID
        self.cdrToken = cdrToken
        self.authMethod = authMethod
        self.authorizationReference = authorizationReference
        self.cdrLocation = cdrLocation
        self.meterID = meterID
        self.currency = currency
        self.tariffs = tariffs
        self.chargingPeriods = chargingPeriods
        self.signedData = signedData
        self.totalCost = totalCost
        self.totalFixedCost = totalFixedCost
        self.totalEnergy = totalEnergy
        self.totalEnergyCost = totalEnergyCost
        self.totalTime = totalTime
        self.totalTimeCost = totalTimeCost
        self.totalParkingTime = totalParkingTime
        self.totalParkingCost = totalParkingCost
        self.totalReservationCost = totalReservationCost
        self.remark = remark
        self.invoiceReferenceID = invoiceReferenceID
        self.credit = credit
        self.creditReferenceID = creditReferenceID
        self.homeChargingCompensation = homeChargingCompensation
        self.lastUpdated = lastUpdated
    }
}
