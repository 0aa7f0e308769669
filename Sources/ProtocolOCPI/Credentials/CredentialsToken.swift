import Crypto
import Foundation

/// Credentials tokens: made from 32 random bytes (base64url, 43 characters), kept only as their
/// SHA-256 when they are ours to check, shown to operators only as a short hint.
enum CredentialsToken {
    /// A new random token.
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The SHA-256 of `token`, hex: the store key of the grant it opens.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The first four characters and the length: enough to tell tokens apart in logs and views.
    static func hint(_ token: String) -> String {
        "\(token.prefix(4))…(\(token.count))"
    }
}
