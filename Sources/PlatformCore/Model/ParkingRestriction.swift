/// Who may park at an EVSE (extensible; see ``ExtensibleEnum``).
public struct ParkingRestriction: ExtensibleEnum {
    /// The restriction's name, e.g. `EV_ONLY`.
    public let rawValue: String
    /// Creates a restriction from its name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Electric vehicles only.
    public static let evOnly = Self(rawValue: "EV_ONLY")
    /// Only while plugged in and charging.
    public static let plugged = Self(rawValue: "PLUGGED")
    /// Reserved for disabled people.
    public static let disabled = Self(rawValue: "DISABLED")
    /// For customers of the site only.
    public static let customers = Self(rawValue: "CUSTOMERS")
    /// For motorcycles and scooters only.
    public static let motorcycles = Self(rawValue: "MOTORCYCLES")

    /// Every restriction this build knows.
    public static let knownValues: [Self] = [.evOnly, .plugged, .disabled, .customers, .motorcycles]
}
