import PlatformCore

/// OCPI `ImageCategory` (§6.8): what a picture shows.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIImageCategory: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `CHARGER`.
    static let charger = Self(rawValue: "CHARGER")
    /// `ENTRANCE`.
    static let entrance = Self(rawValue: "ENTRANCE")
    /// `LOCATION`.
    static let location = Self(rawValue: "LOCATION")
    /// `NETWORK`.
    static let network = Self(rawValue: "NETWORK")
    /// `OPERATOR`.
    static let `operator` = Self(rawValue: "OPERATOR")
    /// `OTHER`.
    static let other = Self(rawValue: "OTHER")
    /// `OWNER`.
    static let owner = Self(rawValue: "OWNER")

    /// Every value this build knows.
    static let knownValues: [Self] = [.charger, .entrance, .location, .network, .`operator`, .other, .owner]
}
