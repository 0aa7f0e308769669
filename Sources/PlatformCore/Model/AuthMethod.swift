/// How a session was authorized.
public enum AuthMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// The eMSP was asked in real time.
    case authRequest = "AUTH_REQUEST"
    /// Started by a remote command (start session or reservation).
    case command = "COMMAND"
    /// Decided from the local copy of the token, without asking.
    case whitelist = "WHITELIST"
}
