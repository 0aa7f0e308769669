import PlatformCore

/// OCPI `Role` (§1.3): the role of a party (credentials, HubClientInfo).
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIRole: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `CPO`: charge point operator.
    static let cpo = Self(rawValue: "CPO")
    /// `EMSP`: e-Mobility service provider.
    static let emsp = Self(rawValue: "EMSP")
    /// `HUB`: roaming hub.
    static let hub = Self(rawValue: "HUB")
    /// `NAP`: national access point.
    static let nap = Self(rawValue: "NAP")
    /// `NSP`: navigation service provider.
    static let nsp = Self(rawValue: "NSP")
    /// `OTHER`: any other role.
    static let other = Self(rawValue: "OTHER")
    /// `SCSP`: smart charging service provider.
    static let scsp = Self(rawValue: "SCSP")

    /// Every value this build knows.
    static let knownValues: [Self] = [.cpo, .emsp, .hub, .nap, .nsp, .other, .scsp]
}
