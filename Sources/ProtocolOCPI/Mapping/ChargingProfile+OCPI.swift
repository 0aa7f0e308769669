import Foundation
import PlatformCore

/// ChargingProfile ↔ domain ``ChargingProfile``. The wire object carries only the limits; the
/// session, the parties and the time of the change come from the request around it.
extension OCPIChargingProfile {
    /// The wire form of a domain charging profile.
    init(domain profile: ChargingProfile) {
        self.init(
            startDateTime: profile.startDateTime, duration: profile.duration,
            chargingRateUnit: OCPIChargingRateUnit(domain: profile.chargingRateUnit),
            minChargingRate: profile.minChargingRate,
            chargingProfilePeriod: OCPIMapping.list(
                profile.periods.map { OCPIChargingProfilePeriod(startPeriod: $0.startPeriod, limit: $0.limit) }))
    }

    /// The domain charging profile of a session.
    /// - Parameters:
    ///   - party: the CPO running the session.
    ///   - sessionID: the session (from the URL).
    ///   - requester: the party that set the profile.
    ///   - lastUpdated: when the profile was received or computed.
    /// - Throws: ``OCPIMappingError`` for a rate unit the domain does not know.
    func domain(party: PartyID, sessionID: String, requester: PartyID?, lastUpdated: Date) throws -> ChargingProfile {
        ChargingProfile(
            party: party, sessionID: sessionID, requester: requester,
            chargingRateUnit: try chargingRateUnit.domain("charging_rate_unit"), startDateTime: startDateTime,
            duration: duration, minChargingRate: minChargingRate,
            periods: (chargingProfilePeriod ?? []).map {
                ChargingProfilePeriod(startPeriod: $0.startPeriod, limit: $0.limit)
            },
            lastUpdated: lastUpdated)
    }
}
