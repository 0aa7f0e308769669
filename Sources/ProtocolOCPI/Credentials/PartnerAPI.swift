import Logging
import NIOHTTP1
import PlatformCore

/// What we learned of a partner's OCPI API: the version both speak, its endpoints, and how it
/// wants our token written.
struct PartnerAPI: Sendable, Hashable {
    static let supportedVersion = "2.2.1"

    var versionsURL: String
    var version: String
    var endpoints: [OCPIEndpoint]
    var encoding: OCPIAuthorizationHeader.Encoding

    /// Reads their versions list and the 2.2.1 details with `token`: Base64 first, once more raw
    /// if they answer 401 (OCPI 2.1.1-era peers).
    /// - Throws: ``RegistrationFailure`` with 3001 (unusable API), 3002 (no 2.2.1) or 3003 (no
    ///   credentials endpoint).
    static func discover(
        versionsURL: String, token: String, client: OCPIClient, correlationID: String?
    ) async throws(RegistrationFailure) -> PartnerAPI {
        var lastError: OCPIClientError?
        for encoding in [OCPIAuthorizationHeader.Encoding.base64, .raw] {
            let credentials = OCPIClient.Credentials(token: token, encoding: encoding)
            do {
                let versions =
                    try await client.send(
                        .GET, versionsURL, credentials: credentials, correlationID: correlationID,
                        as: [OCPIVersion].self
                    ).data ?? []
                guard let version = versions.first(where: { $0.version == supportedVersion }) else {
                    throw RegistrationFailure(
                        code: .unsupportedVersion,
                        reason:
                            "no common OCPI version: they offer \(versions.map(\.version)), we speak \(supportedVersion)"
                    )
                }
                let details = try await client.send(
                    .GET, version.url, credentials: credentials, correlationID: correlationID,
                    as: OCPIVersionDetails.self)
                guard let endpoints = details.data?.endpoints,
                    endpoints.contains(where: { $0.identifier.rawValue == "credentials" })
                else {
                    throw RegistrationFailure(
                        code: .noMatchingEndpoints,
                        reason: "their \(supportedVersion) details list no credentials endpoint")
                }
                return PartnerAPI(
                    versionsURL: versionsURL, version: supportedVersion, endpoints: endpoints, encoding: encoding)
            } catch let failure as RegistrationFailure {
                throw failure
            } catch let error as OCPIClientError {
                lastError = error
                guard error.kind == .httpStatus(401) else { break }
                client.logger.info(
                    "partner refused our Base64 token; trying it raw", metadata: ["url": "\(versionsURL)"])
            } catch {
                throw RegistrationFailure(code: .unableToUseClientAPI, reason: "\(error)")
            }
        }
        throw RegistrationFailure.unusableAPI(
            lastError ?? OCPIClientError(kind: .unreachable, url: versionsURL, reason: "no answer"))
    }

    /// Their credentials endpoint.
    var credentialsURL: String? {
        endpoints.first { $0.identifier.rawValue == "credentials" }?.url
    }
}
