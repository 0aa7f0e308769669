import Foundation
import PlatformCore

/// Records the partners the config file declares, once: a declared partner that is not in the
/// store yet is added awaiting registration; one already known keeps its state.
struct DeclaredPartners {
    let store: any Store
    let writer: DomainWriter

    func record(_ partners: [DeclaredPartner], now: Date = Date()) async throws {
        for declared in partners
        where try await store.document(Partner.self, owner: nil, id: declared.id.rawValue) == nil {
            try await writer.record(
                .partnerChanged(
                    Partner(
                        id: declared.id, name: declared.name, roamingProtocol: declared.roamingProtocol,
                        credentialsState: .awaitingRegistration, createdAt: now, lastUpdated: now)))
        }
    }
}
