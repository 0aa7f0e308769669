/// Reservations are stored per requesting party (their ids are the requester's).
extension Reservation: StoredDocument {
    /// Stored as ``DocumentKind/reservation``.
    public static var documentKind: DocumentKind { .reservation }
    /// The requesting party.
    public var owner: PartyID? { party }
    /// The reservation id.
    public var documentID: String { id }
}
