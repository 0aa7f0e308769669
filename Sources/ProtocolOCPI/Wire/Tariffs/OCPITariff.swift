import Foundation

/// OCPI `Tariff` (§9.3): what a CPO charges an eMSP, as priced elements with restrictions.
struct OCPITariff: OCPIWireObject {
    /// Country code of the CPO.
    var countryCode: String
    /// Party id of the CPO.
    var partyID: String
    /// Id, `CiString(36)`.
    var id: String
    /// ISO 4217 currency.
    var currency: String
    /// Which sessions it is for; absent for all.
    var type: OCPITariffType?
    /// Explanations for people.
    var tariffAltText: [OCPIDisplayText]?
    /// Page explaining the tariff.
    var tariffAltURL: String?
    /// Minimum session cost.
    var minPrice: OCPIPrice?
    /// Maximum session cost.
    var maxPrice: OCPIPrice?
    /// The priced elements; at least one.
    var elements: [OCPITariffElement]
    /// Valid from.
    var startDateTime: Date?
    /// Valid until.
    var endDateTime: Date?
    /// Energy mix.
    var energyMix: OCPIEnergyMix?
    /// Last change.
    var lastUpdated: Date

    enum CodingKeys: String, CodingKey {
        case countryCode = "country_code"
        case partyID = "party_id"
        case id
        case currency
        case type
        case tariffAltText = "tariff_alt_text"
        case tariffAltURL = "tariff_alt_url"
        case minPrice = "min_price"
        case maxPrice = "max_price"
        case elements
        case startDateTime = "start_date_time"
        case endDateTime = "end_date_time"
        case energyMix = "energy_mix"
        case lastUpdated = "last_updated"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.countryCode(countryCode)
        validator.partyID(partyID)
        validator.ciString(id, "id", max: 36)
        validator.threeLetterCode(currency, "currency")
        validator.each(tariffAltText, "tariff_alt_text")
        validator.url(tariffAltURL, "tariff_alt_url")
        validator.nonEmpty(elements.count, "elements")
        validator.each(elements, "elements")
        validator.nested(energyMix, "energy_mix")
        if let startDateTime, let endDateTime, endDateTime < startDateTime {
            validator.report("end_date_time", "must not be before start_date_time")
        }
    }
}
