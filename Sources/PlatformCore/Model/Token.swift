public import Foundation

/// A driver's means of identification issued by an eMSP: an RFID card, an app user, ...
///
/// A token is identified by its issuing party, its ``uid`` **and** its ``type``: the same uid
/// may exist with another type or at another eMSP.
public struct Token: Sendable, Hashable, Codable {
    /// The eMSP that issued the token.
    public var party: PartyID
    /// Identifier seen by the charger (RFID: the UID read); unique per party together with ``type``.
    public var uid: String
    /// Kind of token.
    public var type: TokenType
    /// The driver's contract id (eMA id / OICP EvcoID), e.g. `DE-XYZ-C12345678-9`.
    public var contractID: String
    /// Number printed on the card.
    public var visualNumber: String?
    /// Company name printed on the card.
    public var issuer: String
    /// Group of tokens that act as one (start with a card, stop with a key fob).
    public var groupID: String?
    /// Whether the token may be used.
    public var valid: Bool
    /// How a CPO may authorize it without asking the eMSP.
    public var whitelist: WhitelistType
    /// ISO 639-1 preferred language of the driver.
    public var language: String?
    /// Default charging preference.
    public var defaultProfileType: ProfileType?
    /// The driver's own energy supply contract.
    public var energyContract: EnergyContract?
    /// When the card expires, if it does (OICP authentication data).
    public var expiryDate: Date?
    /// Last change of the token.
    public var lastUpdated: Date

    /// Creates a token.
    public init(
        party: PartyID,
        uid: String,
        type: TokenType,
        contractID: String,
        visualNumber: String? = nil,
        issuer: String,
        groupID: String? = nil,
        valid: Bool,
        whitelist: WhitelistType,
        language: String? = nil,
        defaultProfileType: ProfileType? = nil,
        energyContract: EnergyContract? = nil,
        expiryDate: Date? = nil,
        lastUpdated: Date
    ) {
        self.party = party
        self.uid = uid
        self.type = type
        self.contractID = contractID
        self.visualNumber = visualNumber
        self.issuer = issuer
        self.groupID = groupID
        self.valid = valid
        self.whitelist = whitelist
        self.language = language
        self.defaultProfileType = defaultProfileType
        self.energyContract = energyContract
        self.expiryDate = expiryDate
        self.lastUpdated = lastUpdated
    }
}
