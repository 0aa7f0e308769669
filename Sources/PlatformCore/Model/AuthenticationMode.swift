/// A way a driver can identify at an EVSE (extensible; see ``ExtensibleEnum``). OICP lists
/// these per EVSE; OCPI expresses them partly as ``Capability`` values.
public struct AuthenticationMode: ExtensibleEnum {
    /// The mode's name, e.g. `NFC_RFID_CLASSIC`.
    public let rawValue: String
    /// Creates a mode from its name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// MIFARE Classic RFID card.
    public static let nfcRFIDClassic = Self(rawValue: "NFC_RFID_CLASSIC")
    /// MIFARE DESFire RFID card.
    public static let nfcRFIDDESFire = Self(rawValue: "NFC_RFID_DESFIRE")
    /// ISO 15118 Plug & Charge.
    public static let plugAndCharge = Self(rawValue: "PNC")
    /// Remote start (app, hotline).
    public static let remote = Self(rawValue: "REMOTE")
    /// Direct payment at the charger.
    public static let directPayment = Self(rawValue: "DIRECT_PAYMENT")
    /// No authentication needed.
    public static let noAuthenticationRequired = Self(rawValue: "NO_AUTHENTICATION_REQUIRED")

    /// Every mode this build knows.
    public static let knownValues: [Self] = [
        .nfcRFIDClassic, .nfcRFIDDESFire, .plugAndCharge, .remote, .directPayment, .noAuthenticationRequired,
    ]
}
