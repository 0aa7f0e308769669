/// Something an EVSE can do or offers (extensible; see ``ExtensibleEnum``).
public struct Capability: ExtensibleEnum {
    /// The capability's name, e.g. `RFID_READER`.
    public let rawValue: String
    /// Creates a capability from its name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Accepts charging profiles (smart charging).
    public static let chargingProfileCapable = Self(rawValue: "CHARGING_PROFILE_CAPABLE")
    /// Accepts charging preferences.
    public static let chargingPreferencesCapable = Self(rawValue: "CHARGING_PREFERENCES_CAPABLE")
    /// Payment terminal accepting chip cards.
    public static let chipCardSupport = Self(rawValue: "CHIP_CARD_SUPPORT")
    /// Payment terminal accepting contactless cards.
    public static let contactlessCardSupport = Self(rawValue: "CONTACTLESS_CARD_SUPPORT")
    /// Payable by credit card.
    public static let creditCardPayable = Self(rawValue: "CREDIT_CARD_PAYABLE")
    /// Payable by debit card.
    public static let debitCardPayable = Self(rawValue: "DEBIT_CARD_PAYABLE")
    /// Has a PIN entry device.
    public static let pedTerminal = Self(rawValue: "PED_TERMINAL")
    /// Sessions can be started and stopped remotely.
    public static let remoteStartStopCapable = Self(rawValue: "REMOTE_START_STOP_CAPABLE")
    /// Can be reserved.
    public static let reservable = Self(rawValue: "RESERVABLE")
    /// Reads RFID cards.
    public static let rfidReader = Self(rawValue: "RFID_READER")
    /// A remote start must name the connector.
    public static let startSessionConnectorRequired = Self(rawValue: "START_SESSION_CONNECTOR_REQUIRED")
    /// Supports token groups.
    public static let tokenGroupCapable = Self(rawValue: "TOKEN_GROUP_CAPABLE")
    /// Connectors can be unlocked remotely.
    public static let unlockCapable = Self(rawValue: "UNLOCK_CAPABLE")

    /// Every capability this build knows.
    public static let knownValues: [Self] = [
        .chargingProfileCapable, .chargingPreferencesCapable, .chipCardSupport, .contactlessCardSupport,
        .creditCardPayable, .debitCardPayable, .pedTerminal, .remoteStartStopCapable, .reservable, .rfidReader,
        .startSessionConnectorRequired, .tokenGroupCapable, .unlockCapable,
    ]
}
