import Foundation
import Logging
import PlatformCore

/// Records our drivers' tokens: checks that each belongs to one of our eMSP parties, stamps
/// `last_updated`, and hands it to the ``DomainWriter`` (which queues the whitelist pushes to
/// partners in the same transaction).
struct OwnTokenIssuer: TokenIssuer {
    let ourParties: Set<PartyID>
    let writer: DomainWriter
    let logger: Logger
    var now: @Sendable () -> Date = Date.init

    func issue(_ token: Token) async throws {
        guard ourParties.contains(token.party) else {
            throw DomainError(.notOurParty, "\(token.party) is not one of our eMSP parties", field: "party")
        }
        guard !token.uid.isEmpty, token.uid.count <= 36 else {
            throw DomainError(.invalid, "token uid must have 1 to 36 characters", field: "uid")
        }
        var stamped = token
        stamped.lastUpdated = now()
        try await writer.record(.tokenChanged(stamped))
        logger.info(
            "token issued",
            metadata: [
                "roamwire.party": "\(token.party)", "token.uid": "\(token.uid)", "token.valid": "\(token.valid)",
                "token.whitelist": "\(token.whitelist.rawValue)",
            ])
    }
}
