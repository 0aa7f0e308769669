public import Foundation

/// An EVSE (or any EVSE of a location) held for a driver until an expiry date.
///
/// Reservation ids are chosen by the requesting party (OCPI `reservation_id`), so the
/// reservation belongs to that party, not to the CPO.
public struct Reservation: Sendable, Hashable, Codable {
    /// The party that requested the reservation (the token's eMSP); owns it.
    public var party: PartyID
    /// Identifier, unique within the requesting party.
    public var id: String
    /// The CPO owning the location.
    public var cpo: PartyID
    /// Reserved location.
    public var locationID: String
    /// Reserved EVSE; `nil` for any EVSE of the location.
    public var evseUID: String?
    /// Token the reservation is for.
    public var token: Token
    /// When the reservation ends unless used.
    public var expiryDate: Date
    /// Where the reservation stands.
    public var status: ReservationStatus
    /// Reference to copy into the session and CDR (OICP: Hubject's SessionID).
    public var authorizationReference: String?
    /// The session created for the reservation, once known.
    public var sessionID: String?
    /// Last change of the reservation.
    public var lastUpdated: Date

    /// Creates a reservation.
    public init(
        party: PartyID,
        id: String,
        cpo: PartyID,
        locationID: String,
        evseUID: String? = nil,
        token: Token,
        expiryDate: Date,
        status: ReservationStatus,
        authorizationReference: String? = nil,
        sessionID: String? = nil,
        lastUpdated: Date
    ) {
        self.party = party
        self.id = id
        self.cpo = cpo
        self.locationID = locationID
        self.evseUID = evseUID
        self.token = token
        self.expiryDate = expiryDate
        self.status = status
        self.authorizationReference = authorizationReference
        self.sessionID = sessionID
        self.lastUpdated = lastUpdated
    }
}
