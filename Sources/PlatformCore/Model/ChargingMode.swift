/// An IEC 61851 charging mode a connector supports (extensible; see ``ExtensibleEnum``).
/// OCPI has no such field; OICP lists it per charging facility.
public struct ChargingMode: ExtensibleEnum {
    /// The mode's name, e.g. `MODE_3`.
    public let rawValue: String
    /// Creates a mode from its name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Mode 1: household socket, no communication.
    public static let mode1 = Self(rawValue: "MODE_1")
    /// Mode 2: household socket with in-cable control box.
    public static let mode2 = Self(rawValue: "MODE_2")
    /// Mode 3: dedicated AC charging station.
    public static let mode3 = Self(rawValue: "MODE_3")
    /// Mode 4: DC charging.
    public static let mode4 = Self(rawValue: "MODE_4")
    /// CHAdeMO DC charging.
    public static let chademo = Self(rawValue: "CHADEMO")

    /// Every mode this build knows.
    public static let knownValues: [Self] = [.mode1, .mode2, .mode3, .mode4, .chademo]
}
