import PlatformCore

/// OCPI `TariffType` (§9.4): which sessions a tariff is for.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPITariffType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `AD_HOC_PAYMENT`.
    static let adHocPayment = Self(rawValue: "AD_HOC_PAYMENT")
    /// `PROFILE_CHEAP`.
    static let profileCheap = Self(rawValue: "PROFILE_CHEAP")
    /// `PROFILE_FAST`.
    static let profileFast = Self(rawValue: "PROFILE_FAST")
    /// `PROFILE_GREEN`.
    static let profileGreen = Self(rawValue: "PROFILE_GREEN")
    /// `REGULAR`.
    static let regular = Self(rawValue: "REGULAR")

    /// Every value this build knows.
    static let knownValues: [Self] = [.adHocPayment, .profileCheap, .profileFast, .profileGreen, .regular]
}
