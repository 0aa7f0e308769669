import Foundation
import Hummingbird
import Logging
import PlatformCore
import PlatformHTTP

/// A partner whose credentials token opened a request.
struct AuthenticatedPartner: Sendable {
    var partner: Partner
    var grant: AccessGrant
    /// The token as presented (GET credentials answers with it).
    var token: String
    var encoding: OCPIAuthorizationHeader.Encoding
}

/// Authenticates partner requests: the `Authorization: Token` header must name a grant in the
/// store; token A (registration scope) opens only versions and credentials. Every failure is
/// HTTP 401, and the logs say why without printing the token.
struct PartnerAccess: Sendable {
    let store: any Store

    /// The partner behind `request`.
    /// - Parameter registrationAllowed: whether token A may open this route.
    /// - Throws: ``OCPIError/unauthorized(_:)``.
    func authenticate(_ request: Request, context: RoamwireRequestContext, registrationAllowed: Bool) async throws
        -> AuthenticatedPartner
    {
        let candidates = OCPIAuthorizationHeader.candidates(request.headers[.authorization])
        guard !candidates.isEmpty else {
            context.logger.notice("OCPI request without a credentials token")
            throw OCPIError.unauthorized("send Authorization: Token <base64 of your credentials token>")
        }
        for candidate in candidates {
            guard
                let grant = try await store.document(
                    AccessGrant.self, owner: nil, id: CredentialsToken.hash(candidate.token)),
                let partner = try await store.document(Partner.self, owner: nil, id: grant.partnerID.rawValue)
            else { continue }
            guard grant.scope == .full || registrationAllowed else {
                context.logger.notice(
                    "registration token used outside versions and credentials",
                    metadata: ["ocpi.partner": "\(partner.id)"])
                throw OCPIError.unauthorized("the registration token opens only versions and credentials")
            }
            context.logger.debug(
                "OCPI request authenticated",
                metadata: ["ocpi.partner": "\(partner.id)", "ocpi.token_encoding": "\(candidate.encoding.rawValue)"])
            return AuthenticatedPartner(
                partner: partner, grant: grant, token: candidate.token, encoding: candidate.encoding)
        }
        context.logger.notice(
            "OCPI request with an unknown credentials token",
            metadata: ["token.hint": "\(CredentialsToken.hint(candidates[0].token))"])
        throw OCPIError.unauthorized()
    }
}
