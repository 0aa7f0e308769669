import Foundation
import Logging
import PlatformCore

/// Partners registering with us: they call our credentials endpoint.
extension CredentialsService {
    /// Their `POST {credentials}` with token A: we read their API with their token, issue our
    /// token for them and withdraw token A, all before answering.
    func theyRegister(_ caller: AuthenticatedPartner, offering credentials: OCPICredentials, correlationID: String?)
        async throws -> OCPICredentials
    {
        try await locks.withLock(caller.partner.id) {
            let (partner, connection) = try await records.load(caller.partner.id, name: nil, now: now())
            var handshake: CredentialsHandshake
            do {
                handshake = try begin(.theyRegister, partner)
            } catch {
                throw OCPIError.methodNotAllowed("\(error); use PUT to update or DELETE to unregister")
            }
            return try await accept(
                credentials, from: caller, partner: partner, connection: connection, step: .theyRegister,
                handshake: &handshake, correlationID: correlationID)
        }
    }

    /// Their `PUT {credentials}`: a new token for us, perhaps new endpoints; we issue a new token
    /// for them and withdraw the one they used.
    func theyUpdate(_ caller: AuthenticatedPartner, offering credentials: OCPICredentials, correlationID: String?)
        async throws -> OCPICredentials
    {
        try await locks.withLock(caller.partner.id) {
            let (partner, connection) = try await records.load(caller.partner.id, name: nil, now: now())
            var handshake: CredentialsHandshake
            do {
                handshake = try begin(.theyUpdate, partner)
            } catch {
                throw OCPIError.methodNotAllowed("\(error); register with POST first")
            }
            return try await accept(
                credentials, from: caller, partner: partner, connection: connection, step: .theyUpdate,
                handshake: &handshake, correlationID: correlationID)
        }
    }

    /// Their `DELETE {credentials}`: their access ends, and we stop calling them.
    func theyUnregister(_ caller: AuthenticatedPartner) async throws {
        try await locks.withLock(caller.partner.id) {
            var (partner, connection) = try await records.load(caller.partner.id, name: nil, now: now())
            var handshake: CredentialsHandshake
            do {
                handshake = try begin(.theyUnregister, partner)
            } catch {
                throw OCPIError.methodNotAllowed("\(error)")
            }
            let previous = partner.credentialsState
            partner.credentialsState = handshake.finish(.theyUnregister, succeeded: true)
            partner.lastUpdated = now()
            partner.lastContact = now()
            let revoked = [caller.grant.tokenHash] + [connection.inboundTokenHash].compactMap { $0 }
            connection.inboundTokenHash = nil
            connection.outboundToken = nil
            connection.lastUpdated = now()
            try await records.save(partner, connection, revoking: revoked, previousState: previous, now: now())
            logger.info("partner unregistered with us", metadata: ["ocpi.partner": "\(partner.id)"])
        }
    }

    private func accept(
        _ credentials: OCPICredentials, from caller: AuthenticatedPartner, partner: Partner, connection: OCPIConnection,
        step: CredentialsHandshake.Step, handshake: inout CredentialsHandshake, correlationID: String?
    ) async throws -> OCPICredentials {
        let theirParties = try Self.validate(credentials)
        credentials.logUnknownValues(from: caller.partner.id, logger: logger)
        let api: PartnerAPI
        do {
            api = try await PartnerAPI.discover(
                versionsURL: credentials.url, token: credentials.token, client: client, correlationID: correlationID)
        } catch {
            try await recordFailure(step, partner: partner, connection: connection, reason: "\(error)")
            throw OCPIError.serverError(error.code, error.reason)
        }
        let token = CredentialsToken.generate()
        var partner = partner
        var connection = connection
        let previous = partner.credentialsState
        partner.credentialsState = handshake.finish(step, succeeded: true)
        partner.parties = theirParties
        partner.lastContact = now()
        partner.lastUpdated = now()
        let revoked = [caller.grant.tokenHash] + [connection.inboundTokenHash].compactMap { $0 }
        connection.versionsURL = api.versionsURL
        connection.version = api.version
        connection.endpoints = api.endpoints
        connection.roles = credentials.roles
        connection.outboundToken = credentials.token
        connection.outboundEncoding = api.encoding
        connection.inboundTokenHash = CredentialsToken.hash(token)
        connection.inboundEncoding = caller.encoding
        connection.lastError = nil
        connection.lastUpdated = now()
        let grant = AccessGrant(
            tokenHash: CredentialsToken.hash(token), partnerID: partner.id, scope: .full, lastUpdated: now())
        try await records.save(
            partner, connection, granting: [grant], revoking: revoked, previousState: previous, now: now())
        logger.info(
            step == .theyRegister ? "partner registered with us" : "partner updated its credentials",
            metadata: [
                "ocpi.partner": "\(partner.id)", "ocpi.version": "\(api.version)",
                "ocpi.endpoints": "\(api.endpoints.count)", "ocpi.token_encoding": "\(caller.encoding.rawValue)",
            ])
        return ourCredentials(token: token)
    }

    /// Checks a partner's credentials object; its roles become the partner's parties. A role we
    /// do not know is kept as `OTHER` (and logged by the caller through `logUnknownValues`).
    /// - Throws: ``OCPIError`` 2001 naming the field at fault.
    static func validate(_ credentials: OCPICredentials) throws -> [Party] {
        guard OCPIAuthorizationHeader.isCredentialsToken(credentials.token) else {
            throw OCPIError.invalidParameters("token: must be 1 to 64 printable ASCII characters without spaces")
        }
        guard let url = URL(string: credentials.url), ["http", "https"].contains(url.scheme ?? ""),
            !(url.host ?? "").isEmpty
        else {
            throw OCPIError.invalidParameters("url: '\(credentials.url)' is not an http(s) URL")
        }
        guard !credentials.roles.isEmpty else {
            throw OCPIError.invalidParameters("roles: at least one role is required")
        }
        try credentials.requireValid()
        do {
            return try credentials.roles.map { role in
                var role = role
                if !role.role.isKnown { role.role = .other }
                return try role.domain()
            }
        } catch {
            throw OCPIError.invalidParameters("roles: \(error)")
        }
    }
}
