/// How a CPO may authorize a token from its local copy instead of asking the eMSP in real time.
public enum WhitelistType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Always decide locally; never ask the eMSP.
    case always = "ALWAYS"
    /// The CPO may decide locally or ask.
    case allowed = "ALLOWED"
    /// Ask the eMSP; if it cannot be reached, allow.
    case allowedOffline = "ALLOWED_OFFLINE"
    /// Always ask the eMSP; if it cannot be reached, refuse.
    case never = "NEVER"
}
