/// A credentials handshake that could not complete because of the partner's side, with the OCPI
/// status code that describes it (3001 their API failed, 3002 no common version, 3003 endpoints
/// missing).
struct RegistrationFailure: Error, Sendable, CustomStringConvertible {
    var code: OCPIStatusCode
    var reason: String

    var description: String { "OCPI \(code.rawValue): \(reason)" }

    static func unusableAPI(_ error: OCPIClientError) -> Self {
        RegistrationFailure(code: .unableToUseClientAPI, reason: "\(error)")
    }
}
