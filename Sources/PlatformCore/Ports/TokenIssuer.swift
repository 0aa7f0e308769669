/// Issues our drivers' tokens (eMSP role): creating, changing and blocking them. Every change is
/// recorded once and reaches every partner through their adapters.
public protocol TokenIssuer: Sendable {
    /// Creates or replaces one of our tokens.
    /// - Throws: ``DomainError`` when the token does not belong to one of our eMSP parties.
    func issue(_ token: Token) async throws
}

extension PortKey where Port == any TokenIssuer {
    /// Implemented by the eMSP role.
    public static var tokenIssuer: Self { .init(name: "token_issuer") }
}
