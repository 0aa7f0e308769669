import PlatformCore

/// OCPI `ConnectorFormat` (§6.8): socket or attached cable.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIConnectorFormat: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `SOCKET`: a socket; the driver brings the cable.
    static let socket = Self(rawValue: "SOCKET")
    /// `CABLE`: a cable fixed to the charger.
    static let cable = Self(rawValue: "CABLE")

    /// Every value this build knows.
    static let knownValues: [Self] = [.socket, .cable]
}
