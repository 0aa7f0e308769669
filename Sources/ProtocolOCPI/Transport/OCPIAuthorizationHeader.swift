import Foundation

/// Reads the credentials token from `Authorization: Token <token>`. OCPI 2.2.1 asks for the token
/// Base64-encoded, many partners send it raw: both readings are candidates.
struct OCPIAuthorizationHeader {
    /// How a partner wrote its token.
    enum Encoding: String, Sendable, Hashable, Codable {
        case base64
        case raw
    }

    /// A token as read from the header.
    struct Candidate: Sendable, Hashable {
        var token: String
        var encoding: Encoding
    }

    /// The possible tokens in `header`, Base64 reading first; empty when the header is not a
    /// `Token` authorization.
    static func candidates(_ header: String?) -> [Candidate] {
        guard let header else { return [] }
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > 6, trimmed.prefix(6).lowercased() == "token " else { return [] }
        let value = trimmed.dropFirst(6).trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return [] }
        var candidates: [Candidate] = []
        if let data = Data(base64Encoded: value),
            let decoded = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
            isCredentialsToken(decoded)
        {
            candidates.append(Candidate(token: decoded, encoding: .base64))
        }
        if isCredentialsToken(value) { candidates.append(Candidate(token: value, encoding: .raw)) }
        return candidates
    }

    /// The header value for `token` written as `encoding`.
    static func value(token: String, encoding: Encoding) -> String {
        switch encoding {
        case .base64: "Token \(Data(token.utf8).base64EncodedString())"
        case .raw: "Token \(token)"
        }
    }

    /// Printable, non-whitespace ASCII, at most 64 characters.
    static func isCredentialsToken(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && text.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) }
    }
}
