public import Foundation

/// Identifies a roaming partner known to this deployment (operator-chosen, e.g. `partner-b`).
public struct PartnerID: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }
}

/// A roaming partner: who they are, which protocol reaches them, and where the credentials
/// handshake with them stands. Secrets (tokens, keys) are never part of this value.
public struct Partner: Sendable, Hashable, Codable {
    /// Operator-chosen identifier.
    public var id: PartnerID
    /// Display name.
    public var name: String
    /// The protocol this partner speaks with us.
    public var roamingProtocol: RoamingProtocol
    /// The parties the partner represents (known after registration).
    public var parties: [Party]
    /// Where the credentials handshake stands.
    public var credentialsState: CredentialsState
    /// When the partner was first recorded.
    public var createdAt: Date
    /// Last change of this record.
    public var lastUpdated: Date
    /// Last successful exchange with the partner, in either direction.
    public var lastContact: Date?

    /// Creates a partner record.
    public init(
        id: PartnerID,
        name: String,
        roamingProtocol: RoamingProtocol,
        parties: [Party] = [],
        credentialsState: CredentialsState,
        createdAt: Date,
        lastUpdated: Date,
        lastContact: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.roamingProtocol = roamingProtocol
        self.parties = parties
        self.credentialsState = credentialsState
        self.createdAt = createdAt
        self.lastUpdated = lastUpdated
        self.lastContact = lastContact
    }
}

/// Where the credentials handshake with a partner stands.
public enum CredentialsState: String, Sendable, Hashable, Codable, CaseIterable {
    /// We issued a registration token (OCPI token A) and wait for the partner to use it.
    case awaitingRegistration = "AWAITING_REGISTRATION"
    /// A handshake is under way.
    case registering = "REGISTERING"
    /// Both sides hold each other's credentials; traffic may flow.
    case registered = "REGISTERED"
    /// The last handshake or contact failed; see the logs and the partner's last error.
    case failed = "FAILED"
    /// Credentials were withdrawn by either side.
    case unregistered = "UNREGISTERED"
}
