public import Foundation

/// A remote command (start, stop, reserve, cancel reservation, unlock) and where it stands.
///
/// Which target fields are set depends on ``kind`` (see ``CommandKind``). The command belongs
/// to its ``requester``; its lifecycle is driven by the command router.
public struct Command: Sendable, Hashable, Codable {
    /// Identifier, a UUID in text form.
    public var id: String
    /// What the command asks.
    public var kind: CommandKind
    /// The party that asked (usually an eMSP); owns the command.
    public var requester: PartyID
    /// The CPO whose charger executes the command (owner of the location, session or reservation).
    public var cpo: PartyID
    /// How the command travels to the charger.
    public var route: CommandRoute
    /// The partner that sent us the command, when we execute it for someone else.
    public var sourcePartner: PartnerID?
    /// Where the adapter that received the command delivers its result (e.g. the OCPI
    /// `response_url`); `nil` for commands we originate.
    public var resultCallback: String?
    /// Target location.
    public var locationID: String?
    /// Target EVSE.
    public var evseUID: String?
    /// Target connector.
    public var connectorID: String?
    /// Session to stop.
    public var sessionID: String?
    /// Reservation to make or cancel.
    public var reservationID: String?
    /// Token to start or reserve for (already authorized by the requester).
    public var token: Token?
    /// End of the requested reservation.
    public var expiryDate: Date?
    /// Reference to copy into the resulting session and CDR (OICP: Hubject's SessionID).
    public var authorizationReference: String?
    /// Lifecycle state.
    public var state: CommandState
    /// The target's last detailed answer.
    public var outcome: CommandOutcome?
    /// Message from the target or about the failure, for people.
    public var resultMessage: String?
    /// When the command was created.
    public var createdAt: Date
    /// When an unanswered command times out.
    public var timeoutAt: Date?
    /// When the command reached a final state.
    public var resolvedAt: Date?
    /// Last change of the command.
    public var lastUpdated: Date

    /// Creates a command.
    public init(
        id: String, kind: CommandKind, requester: PartyID, cpo: PartyID, route: CommandRoute,
        sourcePartner: PartnerID? = nil, resultCallback: String? = nil, locationID: String? = nil,
        evseUID: String? = nil, connectorID: String? = nil, sessionID: String? = nil,
        reservationID: String? = nil, token: Token? = nil, expiryDate: Date? = nil,
        authorizationReference: String? = nil, state: CommandState = .pending, outcome: CommandOutcome? = nil,
        resultMessage: String? = nil, createdAt: Date, timeoutAt: Date? = nil, resolvedAt: Date? = nil,
        lastUpdated: Date
    ) {
        self.id = id
        self.kind = kind
        self.requester = requester
        self.cpo = cpo
        self.route = route
        self.sourcePartner = sourcePartner
        self.resultCallback = resultCallback
        self.locationID = locationID
        self.evseUID = evseUID
        self.connectorID = connectorID
        self.sessionID = sessionID
        self.reservationID = reservationID
        self.token = token
        self.expiryDate = expiryDate
        self.authorizationReference = authorizationReference
        self.state = state
        self.outcome = outcome
        self.resultMessage = resultMessage
        self.createdAt = createdAt
        self.timeoutAt = timeoutAt
        self.resolvedAt = resolvedAt
        self.lastUpdated = lastUpdated
    }
}
