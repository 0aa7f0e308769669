/// Events are encoded as `{"event": "location.changed", "data": {...}}`, `data` being the
/// changed object as the store keeps it (or its key for deletions).
extension DomainEvent: Encodable {
    private enum CodingKeys: String, CodingKey {
        case event, data
    }

    private struct DeletedKey: Encodable {
        let party: PartyID?
        let id: String
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .event)
        switch self {
        case .locationChanged(let location): try container.encode(location, forKey: .data)
        case .tariffChanged(let tariff): try container.encode(tariff, forKey: .data)
        case .tariffDeleted(let party, let id): try container.encode(DeletedKey(party: party, id: id), forKey: .data)
        case .tokenChanged(let token): try container.encode(token, forKey: .data)
        case .sessionChanged(let session): try container.encode(session, forKey: .data)
        case .cdrCreated(let cdr): try container.encode(cdr, forKey: .data)
        case .commandChanged(let command): try container.encode(command, forKey: .data)
        case .reservationChanged(let reservation): try container.encode(reservation, forKey: .data)
        case .chargingProfileChanged(let profile): try container.encode(profile, forKey: .data)
        case .partnerChanged(let partner): try container.encode(partner, forKey: .data)
        case .partnerRemoved(let id): try container.encode(DeletedKey(party: nil, id: id.rawValue), forKey: .data)
        case .partyStatusChanged(let status): try container.encode(status, forKey: .data)
        }
    }
}
