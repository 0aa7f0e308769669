/// The answer to a real-time authorization of a token.
public struct AuthorizationInfo: Sendable, Hashable, Codable {
    /// The verdict (for the given location, if one was given).
    public var allowed: AuthorizationAllowed
    /// The full, current token.
    public var token: Token
    /// The location with only the EVSEs the driver may use.
    public var location: LocationReference?
    /// Reference the CPO must copy into the session and CDR (OICP: Hubject's SessionID).
    public var authorizationReference: String?
    /// Message for the driver.
    public var info: DisplayText?

    /// Creates an authorization answer.
    public init(
        allowed: AuthorizationAllowed,
        token: Token,
        location: LocationReference? = nil,
        authorizationReference: String? = nil,
        info: DisplayText? = nil
    ) {
        self.allowed = allowed
        self.token = token
        self.location = location
        self.authorizationReference = authorizationReference
        self.info = info
    }
}
