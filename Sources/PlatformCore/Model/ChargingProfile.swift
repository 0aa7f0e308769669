public import Foundation

/// Power or current limits set on an ongoing session (smart charging). One per session.
public struct ChargingProfile: Sendable, Hashable, Codable {
    /// The CPO running the session; owns the profile.
    public var party: PartyID
    /// The session the profile applies to; also the profile's id.
    public var sessionID: String
    /// The party that set the profile (eMSP or smart-charging provider).
    public var requester: PartyID?
    /// Unit of the limits.
    public var chargingRateUnit: ChargingRateUnit
    /// Absolute start; `nil` means relative to the start of charging.
    public var startDateTime: Date?
    /// Length in seconds; `nil` means the last period lasts until the session ends.
    public var duration: Int?
    /// The vehicle's minimum efficient rate, in ``chargingRateUnit``.
    public var minChargingRate: Decimal?
    /// The limits over time.
    public var periods: [ChargingProfilePeriod]
    /// Last change of the profile.
    public var lastUpdated: Date

    /// Creates a charging profile.
    public init(
        party: PartyID,
        sessionID: String,
        requester: PartyID? = nil,
        chargingRateUnit: ChargingRateUnit,
        startDateTime: Date? = nil,
        duration: Int? = nil,
        minChargingRate: Decimal? = nil,
        periods: [ChargingProfilePeriod] = [],
        lastUpdated: Date
    ) {
        self.party = party
        self.sessionID = sessionID
        self.requester = requester
        self.chargingRateUnit = chargingRateUnit
        self.startDateTime = startDateTime
        self.duration = duration
        self.minChargingRate = minChargingRate
        self.periods = periods
        self.lastUpdated = lastUpdated
    }
}
