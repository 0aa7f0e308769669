import Foundation
import Logging
import PlatformCore

/// Records our own locations: checks that each belongs to one of our CPO parties and is
/// consistent, stamps `last_updated`, and hands it to the ``DomainWriter`` (which queues the
/// pushes to partners in the same transaction).
struct OwnNetworkPublisher: NetworkPublisher {
    let ourParties: Set<PartyID>
    let writer: DomainWriter
    let logger: Logger
    var now: @Sendable () -> Date = Date.init

    func publish(_ location: Location) async throws {
        guard ourParties.contains(location.party) else {
            throw DomainError(.notOurParty, "\(location.party) is not one of our CPO parties", field: "party")
        }
        var seen: Set<String> = []
        for evse in location.evses where !seen.insert(evse.uid).inserted {
            throw DomainError(
                .invalid, "EVSE uid '\(evse.uid)' appears twice in location \(location.id)", field: "evses")
        }
        var stamped = location
        stamped.lastUpdated = now()
        try await writer.record(.locationChanged(stamped))
        logger.info(
            "location published",
            metadata: [
                "roamwire.party": "\(location.party)", "location.id": "\(location.id)",
                "evses": "\(location.evses.count)",
            ])
    }
}
