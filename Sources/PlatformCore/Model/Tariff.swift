public import Foundation

/// What a CPO charges for charging, as a list of priced elements with restrictions.
public struct Tariff: Sendable, Hashable, Codable {
    /// The CPO owning the tariff.
    public var party: PartyID
    /// Identifier, unique within the owning party.
    public var id: String
    /// ISO 4217 currency code, e.g. `EUR`.
    public var currency: String
    /// Which sessions it applies to; `nil` for all.
    public var type: TariffType?
    /// Explanations for people (must not restate the prices when ``elements`` are given).
    public var tariffAltText: [DisplayText]
    /// URL of a page explaining the tariff.
    public var tariffAltURL: String?
    /// A session costs at least this.
    public var minPrice: Price?
    /// A session costs at most this.
    public var maxPrice: Price?
    /// The priced elements; for each dimension the first matching element applies.
    public var elements: [TariffElement]
    /// Where the electricity comes from.
    public var energyMix: EnergyMix?
    /// From when the tariff is valid.
    public var startDateTime: Date?
    /// Until when the tariff is valid.
    public var endDateTime: Date?
    /// Last change of the tariff.
    public var lastUpdated: Date

    /// Creates a tariff.
    public init(
        party: PartyID,
        id: String,
        currency: String,
        type: TariffType? = nil,
        tariffAltText: [DisplayText] = [],
        tariffAltURL: String? = nil,
        minPrice: Price? = nil,
        maxPrice: Price? = nil,
        elements: [TariffElement],
        energyMix: EnergyMix? = nil,
        startDateTime: Date? = nil,
        endDateTime: Date? = nil,
        lastUpdated: Date
    ) {
        self.party = party
        self.id = id
        self.currency = currency
        self.type = type
        self.tariffAltText = tariffAltText
        self.tariffAltURL = tariffAltURL
        self.minPrice = minPrice
        self.maxPrice = maxPrice
        self.elements = elements
        self.energyMix = energyMix
        self.startDateTime = startDateTime
        self.endDateTime = endDateTime
        self.lastUpdated = lastUpdated
    }
}
