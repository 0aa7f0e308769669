/// A party in one role, with the business details shown to partners.
///
/// A dual-role operator is two parties, e.g. `DE*ABC` as ``PartyRole/cpo`` and `DE*XYZ` as
/// ``PartyRole/emsp`` (the same identity in two roles is allowed too).
public struct Party: Sendable, Hashable, Codable {
    /// Country code and party id.
    public var id: PartyID
    /// The role this party plays.
    public var role: PartyRole
    /// Name, website and logo shown to partners.
    public var businessDetails: BusinessDetails

    /// Creates a party.
    public init(id: PartyID, role: PartyRole, businessDetails: BusinessDetails) {
        self.id = id
        self.role = role
        self.businessDetails = businessDetails
    }
}
