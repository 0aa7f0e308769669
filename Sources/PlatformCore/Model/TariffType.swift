/// Which sessions a tariff is for.
public enum TariffType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Ad-hoc payment at the charger (payment terminal).
    case adHocPayment = "AD_HOC_PAYMENT"
    /// Charging preference "cheap".
    case profileCheap = "PROFILE_CHEAP"
    /// Charging preference "fast".
    case profileFast = "PROFILE_FAST"
    /// Charging preference "green".
    case profileGreen = "PROFILE_GREEN"
    /// Regular sessions (RFID, no or regular preference).
    case regular = "REGULAR"
}
