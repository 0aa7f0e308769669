extension DomainEvent {
    /// The store write that records this event.
    public func documentChange() throws -> DocumentChange {
        switch self {
        case .locationChanged(let location): try .upsert(location)
        case .tariffChanged(let tariff): try .upsert(tariff)
        case .tariffDeleted(let party, let id): .delete(Tariff.self, owner: party, id: id)
        case .tokenChanged(let token): try .upsert(token)
        case .sessionChanged(let session): try .upsert(session)
        case .cdrCreated(let cdr): try .upsert(cdr)
        case .commandChanged(let command): try .upsert(command)
        case .reservationChanged(let reservation): try .upsert(reservation)
        case .chargingProfileChanged(let profile): try .upsert(profile)
        case .partnerChanged(let partner): try .upsert(partner)
        case .partnerRemoved(let id): .delete(Partner.self, owner: nil, id: id.rawValue)
        case .partyStatusChanged(let status): try .upsert(status)
        }
    }
}
