import Foundation
import Logging
import NIOHTTP1
import PlatformCore

/// Us registering with partners, and the registration tokens we hand out.
extension CredentialsService {
    /// Records partner `id` (or renames it) without giving it access yet.
    func add(_ id: PartnerID, name: String?) async throws {
        try await locks.withLock(id) {
            var (partner, connection) = try await records.load(id, name: name, now: now())
            if let name { partner.name = name }
            partner.lastUpdated = now()
            connection.lastUpdated = now()
            try await records.save(partner, connection, previousState: partner.credentialsState, now: now())
        }
    }

    /// Issues a registration token (OCPI token A) for partner `id`: it opens only our versions and
    /// credentials endpoints, until the partner registers with it.
    /// - Returns: the token, to hand to the partner out of band with ``versionsURL``.
    func issueRegistrationToken(for id: PartnerID, name: String?) async throws -> (Partner, String) {
        try await locks.withLock(id) {
            var (partner, connection) = try await records.load(id, name: name, now: now())
            var handshake = try refusingAsDomainError { () throws(CredentialsHandshake.Refusal) in
                try begin(.issueRegistrationToken, partner)
            }
            let token = CredentialsToken.generate()
            let previous = partner.credentialsState
            let revoked = [connection.inboundTokenHash].compactMap { $0 }
            partner.credentialsState = handshake.finish(.issueRegistrationToken, succeeded: true)
            if let name { partner.name = name }
            partner.lastUpdated = now()
            connection.inboundTokenHash = CredentialsToken.hash(token)
            connection.lastUpdated = now()
            let grant = AccessGrant(
                tokenHash: CredentialsToken.hash(token), partnerID: id, scope: .registration, lastUpdated: now())
            try await records.save(
                partner, connection, granting: [grant], revoking: revoked, previousState: previous, now: now())
            logger.info("registration token issued", metadata: ["ocpi.partner": "\(id)"])
            return (partner, token)
        }
    }

    /// Registers with a partner: reads their API with their token A, gives them our token B
    /// (valid before we call, since they call us back with it), POSTs our credentials and keeps
    /// the token C they answer with.
    func register(_ id: PartnerID, name: String?, versionsURL: String, token tokenA: String) async throws -> Partner {
        try await locks.withLock(id) {
            var (partner, connection) = try await records.load(id, name: name, now: now())
            var handshake = try refusingAsDomainError { () throws(CredentialsHandshake.Refusal) in
                try begin(.weRegister, partner)
            }
            if let name { partner.name = name }
            let correlationID = UUID().uuidString
            let api: PartnerAPI
            do {
                api = try await PartnerAPI.discover(
                    versionsURL: versionsURL, token: tokenA, client: client, correlationID: correlationID)
            } catch {
                try await recordFailure(.weRegister, partner: partner, connection: connection, reason: "\(error)")
                throw DomainError(.partnerFailed, "registration with \(id) failed: \(error)")
            }
            let tokenB = CredentialsToken.generate()
            let grantB = AccessGrant(
                tokenHash: CredentialsToken.hash(tokenB), partnerID: id, scope: .full, lastUpdated: now())
            let previous = partner.credentialsState
            partner.credentialsState = .registering
            partner.lastUpdated = now()
            connection.versionsURL = api.versionsURL
            connection.version = api.version
            connection.endpoints = api.endpoints
            connection.outboundEncoding = api.encoding
            connection.lastUpdated = now()
            try await records.save(partner, connection, granting: [grantB], previousState: previous, now: now())
            partner.credentialsState = previous

            let theirs: OCPICredentials
            do {
                theirs = try await exchange(
                    .POST, api.credentialsURL, token: tokenA, encoding: api.encoding, offering: tokenB,
                    correlationID: correlationID)
            } catch {
                try await recordFailure(
                    .weRegister, partner: partner, connection: connection, reason: "\(error)",
                    revoking: [grantB.tokenHash])
                throw DomainError(.partnerFailed, "registration with \(id) failed: \(error)")
            }
            let revoked = [connection.inboundTokenHash].compactMap { $0 }
            partner.credentialsState = handshake.finish(.weRegister, succeeded: true)
            partner.parties = (try? CredentialsService.validate(theirs)) ?? []
            partner.lastContact = now()
            partner.lastUpdated = now()
            connection.roles = theirs.roles
            connection.outboundToken = theirs.token
            connection.inboundTokenHash = grantB.tokenHash
            connection.lastError = nil
            connection.lastUpdated = now()
            try await records.save(partner, connection, revoking: revoked, previousState: previous, now: now())
            logger.info(
                "registered with partner", metadata: ["ocpi.partner": "\(id)", "ocpi.version": "\(api.version)"])
            return partner
        }
    }

    /// Rotates credentials with a registered partner (`PUT {credentials}`): a new token for them,
    /// a new one from them; the old ones stop working once they answered.
    func update(_ id: PartnerID) async throws -> Partner {
        try await locks.withLock(id) {
            var (partner, connection) = try await records.load(id, name: nil, now: now())
            var handshake = try refusingAsDomainError { () throws(CredentialsHandshake.Refusal) in
                try begin(.weUpdate, partner)
            }
            guard let token = connection.outboundToken, let url = connection.endpoint("credentials") else {
                throw DomainError(.invalid, "no token or credentials endpoint known for \(id)")
            }
            let newToken = CredentialsToken.generate()
            let grant = AccessGrant(
                tokenHash: CredentialsToken.hash(newToken), partnerID: id, scope: .full, lastUpdated: now())
            try await records.save(
                partner, connection, granting: [grant], previousState: partner.credentialsState, now: now())
            let theirs: OCPICredentials
            do {
                theirs = try await exchange(
                    .PUT, url, token: token, encoding: connection.outboundEncoding, offering: newToken,
                    correlationID: UUID().uuidString)
            } catch {
                try await recordFailure(
                    .weUpdate, partner: partner, connection: connection, reason: "\(error)", revoking: [grant.tokenHash]
                )
                throw DomainError(.partnerFailed, "credentials update with \(id) failed: \(error)")
            }
            let previous = partner.credentialsState
            let revoked = [connection.inboundTokenHash].compactMap { $0 }
            partner.credentialsState = handshake.finish(.weUpdate, succeeded: true)
            partner.parties = (try? CredentialsService.validate(theirs)) ?? partner.parties
            partner.lastContact = now()
            partner.lastUpdated = now()
            connection.roles = theirs.roles
            connection.outboundToken = theirs.token
            connection.inboundTokenHash = grant.tokenHash
            connection.lastError = nil
            connection.lastUpdated = now()
            try await records.save(partner, connection, revoking: revoked, previousState: previous, now: now())
            logger.info("credentials rotated with partner", metadata: ["ocpi.partner": "\(id)"])
            return partner
        }
    }

    /// Ends the registration with a partner: tells them (`DELETE {credentials}`) when they are
    /// registered, and withdraws their access here in any case.
    func unregister(_ id: PartnerID) async throws -> Partner {
        try await locks.withLock(id) {
            var (partner, connection) = try await records.load(id, name: nil, now: now())
            guard try await records.store.document(Partner.self, owner: nil, id: id.rawValue) != nil else {
                throw DomainError(.notFound, "no partner \(id)")
            }
            var handshake = try refusingAsDomainError { () throws(CredentialsHandshake.Refusal) in
                try begin(.weUnregister, partner)
            }
            if partner.credentialsState == .registered, let token = connection.outboundToken,
                let url = connection.endpoint("credentials")
            {
                do {
                    _ = try await client.send(
                        .DELETE, url, credentials: .init(token: token, encoding: connection.outboundEncoding),
                        as: Discarded.self)
                } catch {
                    connection.lastError = "DELETE credentials: \(error)"
                    logger.warning(
                        "partner did not confirm unregistration; access withdrawn here anyway",
                        metadata: ["ocpi.partner": "\(id)", "error": "\(error)"])
                }
            }
            let previous = partner.credentialsState
            let revoked = [connection.inboundTokenHash].compactMap { $0 }
            partner.credentialsState = handshake.finish(.weUnregister, succeeded: true)
            partner.lastUpdated = now()
            connection.inboundTokenHash = nil
            connection.outboundToken = nil
            connection.lastUpdated = now()
            try await records.save(partner, connection, revoking: revoked, previousState: previous, now: now())
            logger.info("unregistered partner", metadata: ["ocpi.partner": "\(id)"])
            return partner
        }
    }

    /// POSTs or PUTs our credentials (carrying `offering`) and returns theirs.
    private func exchange(
        _ method: HTTPMethod, _ url: String?, token: String, encoding: OCPIAuthorizationHeader.Encoding,
        offering: String, correlationID: String
    ) async throws -> OCPICredentials {
        guard let url else { throw RegistrationFailure(code: .noMatchingEndpoints, reason: "no credentials endpoint") }
        let body = try OCPICoding.makeEncoder().encode(ourCredentials(token: offering))
        let reply: OCPIReply<OCPICredentials>
        do {
            // Not retried: a repeated POST or PUT could hit a handshake the partner already completed.
            reply = try await client.send(
                method, url, credentials: .init(token: token, encoding: encoding), body: body,
                correlationID: correlationID, retrying: false, as: OCPICredentials.self)
        } catch {
            throw RegistrationFailure.unusableAPI(error)
        }
        guard let theirs = reply.data else {
            throw RegistrationFailure(
                code: .unableToUseClientAPI, reason: "their credentials answer carried no credentials")
        }
        _ = try CredentialsService.validate(theirs)
        return theirs
    }

    private func refusingAsDomainError(_ body: () throws(CredentialsHandshake.Refusal) -> CredentialsHandshake) throws
        -> CredentialsHandshake
    {
        do {
            return try body()
        } catch {
            throw DomainError(.invalid, error.description)
        }
    }
}
