/// The identity of a party in the roaming world: an ISO 3166-1 alpha-2 country code and a
/// three-character party id, written `DE*ABC`.
///
/// Every stored object and every route carries the party it belongs to. Construct one with
/// ``init(countryCode:partyID:)``, which validates both parts:
///
/// ```swift
/// let party = try PartyID(countryCode: "DE", partyID: "ABC")
/// print(party)  // DE*ABC
/// ```
public struct PartyID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// ISO 3166-1 alpha-2 country code, two upper-case letters.
    public let countryCode: String
    /// Party id (ISO 15118 / eMI3), three upper-case letters or digits.
    public let partyID: String

    /// Creates a party identity, rejecting malformed parts.
    /// - Parameters:
    ///   - countryCode: two letters, e.g. `DE` (lower case is accepted and upper-cased).
    ///   - partyID: three letters or digits, e.g. `ABC` (lower case is accepted and upper-cased).
    /// - Throws: ``PartyIDError`` naming the part that is wrong.
    public init(countryCode: String, partyID: String) throws(PartyIDError) {
        let country = countryCode.uppercased()
        let party = partyID.uppercased()
        guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw PartyIDError(reason: "country code '\(countryCode)' must be two letters (ISO 3166-1 alpha-2)")
        }
        guard party.count == 3, party.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw PartyIDError(reason: "party id '\(partyID)' must be three letters or digits")
        }
        self.countryCode = country
        self.partyID = party
    }

    /// Parses the `DE*ABC` form (also `DE-ABC` and `DEABC`).
    public init(parsing text: String) throws(PartyIDError) {
        let compact = text.filter { $0 != "*" && $0 != "-" }
        guard compact.count == 5 else {
            throw PartyIDError(reason: "'\(text)' is not a party identity like DE*ABC")
        }
        try self.init(countryCode: String(compact.prefix(2)), partyID: String(compact.suffix(3)))
    }

    /// `DE*ABC`.
    public var description: String { "\(countryCode)*\(partyID)" }

    public static func < (lhs: PartyID, rhs: PartyID) -> Bool { lhs.description < rhs.description }

    private enum CodingKeys: String, CodingKey {
        case countryCode
        case partyID
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let country = try container.decode(String.self, forKey: .countryCode)
        let party = try container.decode(String.self, forKey: .partyID)
        do {
            try self.init(countryCode: country, partyID: party)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .partyID, in: container, debugDescription: error.reason)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(countryCode, forKey: .countryCode)
        try container.encode(partyID, forKey: .partyID)
    }
}

/// A country code or party id that does not have the required form.
public struct PartyIDError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, for a person.
    public let reason: String
    public var description: String { reason }
}
