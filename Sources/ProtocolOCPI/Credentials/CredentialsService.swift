import Foundation
import Logging
import PlatformCore

/// Runs the OCPI credentials handshake in both directions (OCPI 2.2.1 §5): partners registering
/// with us (their POST, PUT, DELETE on our credentials endpoint) and us registering with them
/// (operator API and CLI). Every step is serialised per partner and saved in one transaction.
struct CredentialsService: Sendable {
    let records: PartnerRecords
    let client: OCPIClient
    let locks: PartnerLocks
    /// Our parties, announced as our credentials roles.
    let parties: [Party]
    /// Our versions endpoint, as partners reach it.
    let versionsURL: @Sendable () -> String
    let logger: Logger
    var now: @Sendable () -> Date = Date.init

    /// Our credentials, carrying `token` (the token the partner must use to call us).
    func ourCredentials(token: String) -> OCPICredentials {
        OCPICredentials(token: token, url: versionsURL(), roles: parties.map { OCPICredentialsRole(domain: $0) })
    }

    /// Applies `step` to the partner's lifecycle or explains why it may not start.
    func begin(_ step: CredentialsHandshake.Step, _ partner: Partner) throws(CredentialsHandshake.Refusal)
        -> CredentialsHandshake
    {
        var handshake = CredentialsHandshake(state: partner.credentialsState)
        try handshake.begin(step)
        return handshake
    }

    /// Records a failed handshake step: the partner's state and the reason, for operators.
    func recordFailure(
        _ step: CredentialsHandshake.Step, partner: Partner, connection: OCPIConnection, reason: String,
        revoking revoked: [String] = []
    ) async throws {
        var handshake = CredentialsHandshake(state: partner.credentialsState)
        var partner = partner
        var connection = connection
        let previous = partner.credentialsState
        partner.credentialsState = handshake.finish(step, succeeded: false)
        partner.lastUpdated = now()
        connection.lastError = reason
        connection.lastUpdated = now()
        try await records.save(partner, connection, revoking: revoked, previousState: previous, now: now())
        logger.warning(
            "credentials handshake failed",
            metadata: ["ocpi.partner": "\(partner.id)", "ocpi.step": "\(step)", "reason": "\(reason)"])
    }
}
