import PlatformCore

/// OCPI `ConnectionStatus` (§13): whether a party connected to a hub is reachable.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIConnectionStatus: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `CONNECTED`.
    static let connected = Self(rawValue: "CONNECTED")
    /// `OFFLINE`.
    static let offline = Self(rawValue: "OFFLINE")
    /// `PLANNED`.
    static let planned = Self(rawValue: "PLANNED")
    /// `SUSPENDED`.
    static let suspended = Self(rawValue: "SUSPENDED")

    /// Every value this build knows.
    static let knownValues: [Self] = [.connected, .offline, .planned, .suspended]
}
