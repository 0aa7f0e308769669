public import Foundation
public import PlatformCore

/// Fully populated domain values for tests: every optional field is set, every list has
/// entries, and money uses awkward decimals (0.2875, 1.15) so that lossy number handling shows.
///
/// Functions take the owning party, id and `lastUpdated` so that store tests can create many
/// distinct values. All dates have whole milliseconds, so they survive ``DocumentCoding``.
public enum DomainSamples {
    /// The sample CPO party, `DE*ABC`.
    public static let cpoParty = try! PartyID(countryCode: "DE", partyID: "ABC")
    /// The sample eMSP party, `NL*XYZ`.
    public static let emspParty = try! PartyID(countryCode: "NL", partyID: "XYZ")
    /// `2026-03-01T08:15:30.125Z`, the base of every sample date.
    public static let referenceDate = date("2026-03-01T08:15:30.125Z")

    /// Parses an RFC 3339 timestamp, trapping on malformed input.
    public static func date(_ text: String) -> Date {
        guard let date = Timestamp.parse(text) else { preconditionFailure("bad sample date \(text)") }
        return date
    }

    /// Parses a decimal number exactly, trapping on malformed input.
    public static func decimal(_ text: String) -> Decimal {
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            preconditionFailure("bad sample decimal \(text)")
        }
        return value
    }

    /// A party with full business details.
    public static func party(id: PartyID = cpoParty, role: PartyRole = .cpo) -> Party {
        Party(id: id, role: role, businessDetails: businessDetails(name: "Roamwire Sample \(id)"))
    }

    /// Business details with website and logo.
    public static func businessDetails(name: String = "Sample Operator GmbH") -> BusinessDetails {
        BusinessDetails(name: name, website: "https://operator.example.com", logo: image(category: .operator))
    }

    /// An image with every field set.
    public static func image(category: Image.Category = .charger) -> Image {
        Image(
            url: "https://img.example.com/\(category.rawValue.lowercased()).png",
            thumbnail: "https://img.example.com/\(category.rawValue.lowercased())-thumb.png",
            category: category, type: "png", width: 800, height: 600)
    }

    /// A registered OCPI partner representing the sample eMSP and a second CPO.
    public static func partner(id: PartnerID = "partner-b", lastUpdated: Date = referenceDate) -> Partner {
        Partner(
            id: id, name: "Partner \(id)", roamingProtocol: .ocpi,
            parties: [party(id: emspParty, role: .emsp), party(id: try! PartyID(parsing: "FR*PBC"), role: .cpo)],
            credentialsState: .registered, createdAt: referenceDate.addingTimeInterval(-86_400),
            lastUpdated: lastUpdated, lastContact: lastUpdated.addingTimeInterval(60))
    }

    /// An energy mix with sources, impacts and names.
    public static func energyMix() -> EnergyMix {
        EnergyMix(
            isGreenEnergy: false,
            energySources: [
                EnergySource(source: .solar, percentage: decimal("42.5")),
                EnergySource(source: .wind, percentage: decimal("37.25")),
                EnergySource(source: .gas, percentage: decimal("20.25")),
            ],
            environmentalImpact: [
                EnvironmentalImpact(category: .carbonDioxide, amount: decimal("87.3")),
                EnvironmentalImpact(category: .nuclearWaste, amount: decimal("0.0006")),
            ],
            supplierName: "Stadtwerke Beispiel", energyProductName: "Mix Plus")
    }
}
