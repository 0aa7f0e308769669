/// A committed change of the domain. One change emits one event; each adapter decides which of
/// its partners hear of it (architecture rule 4).
public enum DomainEvent: Sendable, Hashable {
    /// A location (with its EVSEs and connectors) was created or changed.
    case locationChanged(Location)
    /// A tariff was created or changed.
    case tariffChanged(Tariff)
    /// A tariff was withdrawn.
    case tariffDeleted(party: PartyID, id: String)
    /// A token was issued, changed or blocked.
    case tokenChanged(Token)
    /// A charging session started or changed.
    case sessionChanged(Session)
    /// A charge detail record was created (CDRs never change afterwards).
    case cdrCreated(CDR)
    /// A remote command was requested or changed state.
    case commandChanged(Command)
    /// A reservation was created or changed.
    case reservationChanged(Reservation)
    /// A charging profile was set for a session.
    case chargingProfileChanged(ChargingProfile)
    /// A partner record was added or changed.
    case partnerChanged(Partner)
    /// A partner record was removed.
    case partnerRemoved(PartnerID)
    /// A party's reachability changed.
    case partyStatusChanged(PartyStatus)

    /// A stable dotted name, e.g. `location.changed`, used in logs and webhook payloads.
    public var name: String {
        switch self {
        case .locationChanged: "location.changed"
        case .tariffChanged: "tariff.changed"
        case .tariffDeleted: "tariff.deleted"
        case .tokenChanged: "token.changed"
        case .sessionChanged: "session.changed"
        case .cdrCreated: "cdr.created"
        case .commandChanged: "command.changed"
        case .reservationChanged: "reservation.changed"
        case .chargingProfileChanged: "charging_profile.changed"
        case .partnerChanged: "partner.changed"
        case .partnerRemoved: "partner.removed"
        case .partyStatusChanged: "party_status.changed"
        }
    }

    /// Every ``name`` an event can have, e.g. for validating a subscriber's filter.
    public static let names: Set<String> = [
        "location.changed", "tariff.changed", "tariff.deleted", "token.changed", "session.changed", "cdr.created",
        "command.changed", "reservation.changed", "charging_profile.changed", "partner.changed", "partner.removed",
        "party_status.changed",
    ]
}

extension DomainEvent {
    /// Identifies the object the event is about, e.g. `location/DE*ABC/LOC1`: pushes about the
    /// same object share it as their ordering key so they arrive in order.
    public var objectKey: String {
        switch self {
        case .locationChanged(let location): Self.key(.location, location.party, location.id)
        case .tariffChanged(let tariff): Self.key(.tariff, tariff.party, tariff.id)
        case .tariffDeleted(let party, let id): Self.key(.tariff, party, id)
        case .tokenChanged(let token): Self.key(.token, token.party, token.documentID)
        case .sessionChanged(let session): Self.key(.session, session.party, session.id)
        case .cdrCreated(let cdr): Self.key(.cdr, cdr.party, cdr.id)
        case .commandChanged(let command): Self.key(.command, command.owner, command.id)
        case .reservationChanged(let reservation): Self.key(.reservation, reservation.party, reservation.id)
        case .chargingProfileChanged(let profile): Self.key(.chargingProfile, profile.party, profile.documentID)
        case .partnerChanged(let partner): Self.key(.partner, nil, partner.id.rawValue)
        case .partnerRemoved(let id): Self.key(.partner, nil, id.rawValue)
        case .partyStatusChanged(let status): Self.key(.partyStatus, status.party, status.documentID)
        }
    }

    private static func key(_ kind: DocumentKind, _ owner: PartyID?, _ id: String) -> String {
        "\(kind.rawValue)/\(owner.map(\.description) ?? "-")/\(id)"
    }
}
