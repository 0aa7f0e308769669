import HTTPTypes
import PlatformCore

/// The routing headers of the functional modules (OCPI 2.2.1 §2.4): which party a message comes
/// from and which it is addressed to. One platform hosts several parties, so requests name the
/// party they act for; a response swaps the two.
struct OCPIRouting: Sendable, Hashable {
    var from: PartyID
    var to: PartyID

    /// The routing of a request, or `nil` when it carries no routing headers.
    /// - Throws: OCPI 2001 when some but not all are present, or a value is malformed.
    init?(_ headers: HTTPFields) throws {
        let values = [
            OCPIHeaders.fromCountryCode, OCPIHeaders.fromPartyID, OCPIHeaders.toCountryCode, OCPIHeaders.toPartyID,
        ].map { headers[$0] }
        if values.allSatisfy({ $0 == nil }) { return nil }
        guard let fromCountry = values[0], let fromParty = values[1], let toCountry = values[2], let toParty = values[3]
        else {
            throw OCPIError.invalidParameters(
                "routing headers: send all of OCPI-from-country-code, OCPI-from-party-id, OCPI-to-country-code, OCPI-to-party-id"
            )
        }
        do {
            from = try PartyID(countryCode: fromCountry, partyID: fromParty)
            to = try PartyID(countryCode: toCountry, partyID: toParty)
        } catch {
            throw OCPIError.invalidParameters("routing headers: \(error.reason)")
        }
    }

    init(from: PartyID, to: PartyID) {
        self.from = from
        self.to = to
    }

    /// The routing of the answer: addressee and sender swapped.
    var reply: OCPIRouting { OCPIRouting(from: to, to: from) }

    /// Header fields carrying this routing.
    var fields: [(name: String, value: String)] {
        [
            (OCPIHeaders.fromCountryCode.rawName, from.countryCode), (OCPIHeaders.fromPartyID.rawName, from.partyID),
            (OCPIHeaders.toCountryCode.rawName, to.countryCode), (OCPIHeaders.toPartyID.rawName, to.partyID),
        ]
    }

    /// Checks that the sending party is one of the caller's own parties and the addressee one of
    /// ours: a partner may not speak for another party, nor address one we do not host.
    /// - Throws: ``OCPIError/unauthorized(_:)`` for a party the caller's credentials do not cover,
    ///   OCPI 2001 for an addressee we do not host.
    func check(caller: Partner, ourParties: [Party]) throws {
        guard caller.parties.contains(where: { $0.id == from }) else {
            throw OCPIError.unauthorized("\(from) is not one of the parties your credentials cover")
        }
        guard ourParties.contains(where: { $0.id == to }) else {
            throw OCPIError.invalidParameters("\(to) is not a party of this platform")
        }
    }
}
