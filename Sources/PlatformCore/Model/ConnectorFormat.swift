/// Whether a connector is a socket (bring your own cable) or a cable attached to the charger.
public enum ConnectorFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// A socket; the driver brings the cable.
    case socket = "SOCKET"
    /// A cable fixed to the charger.
    case cable = "CABLE"
}
