public import Foundation

/// A charging session at a CPO's EVSE, from authorization until the vehicle leaves.
public struct Session: Sendable, Hashable, Codable {
    /// The CPO running the session.
    public var party: PartyID
    /// Identifier, unique within the owning party.
    public var id: String
    /// When the session started (became active; while pending, when it was created).
    public var startDateTime: Date
    /// When the session ended (may include parking after charging).
    public var endDateTime: Date?
    /// Energy charged so far, kWh.
    public var kwh: Decimal
    /// The token that started the session.
    public var cdrToken: CDRToken
    /// How the session was authorized (may change during the session).
    public var authMethod: AuthMethod
    /// The eMSP's reference from the authorization or command (OICP: Hubject's SessionID).
    public var authorizationReference: String?
    /// Id of the location.
    public var locationID: String
    /// Uid of the EVSE (`#NA` for a reservation without one).
    public var evseUID: String
    /// Id of the connector (`#NA` for a reservation without one).
    public var connectorID: String
    /// Id of the meter used.
    public var meterID: String?
    /// ISO 4217 currency of the costs.
    public var currency: String
    /// Metered periods so far.
    public var chargingPeriods: [ChargingPeriod]
    /// What the eMSP owes the CPO so far; `nil` when unknown (not free).
    public var totalCost: Price?
    /// Where the session stands.
    public var status: SessionStatus
    /// Last change of the session.
    public var lastUpdated: Date

    /// Creates a session.
    public init(
        party: PartyID,
        id: String,
        startDateTime: Date,
        endDateTime: Date? = nil,
        kwh: Decimal,
        cdrToken: CDRToken,
        authMethod: AuthMethod,
        authorizationReference: String? = nil,
        locationID: String,
        evseUID: String,
        connectorID: String,
        meterID: String? = nil,
        currency: String,
        chargingPeriods: [ChargingPeriod] = [],
        totalCost: Price? = nil,
        status: SessionStatus,
        lastUpdated: Date
    ) {
        self.party = party
        self.id = id
        self.startDateTime = startDateTime
        self.endDateTime = endDateTime
        self.kwh = kwh
        self.cdrToken = cdrToken
        self.authMethod = authMethod
        self.authorizationReference = authorizationReference
        self.locationID = locationID
        self.evseUID = evseUID
        self.connectorID = connectorID
        self.meterID = meterID
        self.currency = currency
        self.chargingPeriods = chargingPeriods
        self.totalCost = totalCost
        self.status = status
        self.lastUpdated = lastUpdated
    }
}
