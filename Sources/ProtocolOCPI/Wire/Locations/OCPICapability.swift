import PlatformCore

/// OCPI `Capability` (§6.8): something an EVSE can do or offers.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPICapability: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `CHARGING_PROFILE_CAPABLE`.
    static let chargingProfileCapable = Self(rawValue: "CHARGING_PROFILE_CAPABLE")
    /// `CHARGING_PREFERENCES_CAPABLE`.
    static let chargingPreferencesCapable = Self(rawValue: "CHARGING_PREFERENCES_CAPABLE")
    /// `CHIP_CARD_SUPPORT`.
    static let chipCardSupport = Self(rawValue: "CHIP_CARD_SUPPORT")
    /// `CONTACTLESS_CARD_SUPPORT`.
    static let contactlessCardSupport = Self(rawValue: "CONTACTLESS_CARD_SUPPORT")
    /// `CREDIT_CARD_PAYABLE`.
    static let creditCardPayable = Self(rawValue: "CREDIT_CARD_PAYABLE")
    /// `DEBIT_CARD_PAYABLE`.
    static let debitCardPayable = Self(rawValue: "DEBIT_CARD_PAYABLE")
    /// `PED_TERMINAL`.
    static let pedTerminal = Self(rawValue: "PED_TERMINAL")
    /// `REMOTE_START_STOP_CAPABLE`.
    static let remoteStartStopCapable = Self(rawValue: "REMOTE_START_STOP_CAPABLE")
    /// `RESERVABLE`.
    static let reservable = Self(rawValue: "RESERVABLE")
    /// `RFID_READER`.
    static let rfidReader = Self(rawValue: "RFID_READER")
    /// `START_SESSION_CONNECTOR_REQUIRED`: a StartSession must name the connector (new in 2.2.1).
    static let startSessionConnectorRequired = Self(rawValue: "START_SESSION_CONNECTOR_REQUIRED")
    /// `TOKEN_GROUP_CAPABLE`.
    static let tokenGroupCapable = Self(rawValue: "TOKEN_GROUP_CAPABLE")
    /// `UNLOCK_CAPABLE`.
    static let unlockCapable = Self(rawValue: "UNLOCK_CAPABLE")

    /// Every value this build knows.
    static let knownValues: [Self] = [
        .chargingProfileCapable, .chargingPreferencesCapable, .chipCardSupport, .contactlessCardSupport,
        .creditCardPayable, .debitCardPayable, .pedTerminal, .remoteStartStopCapable, .reservable, .rfidReader,
        .startSessionConnectorRequired, .tokenGroupCapable, .unlockCapable,
    ]
}
