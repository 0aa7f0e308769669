/// The plug or socket standard of a connector (extensible; see ``ExtensibleEnum``).
///
/// Raw values are OCPI 2.2.1's `ConnectorType` names (note the mixed-case IEC 60309 names).
public struct ConnectorStandard: ExtensibleEnum {
    /// The standard's name, e.g. `IEC_62196_T2`.
    public let rawValue: String
    /// Creates a standard from its name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// CHAdeMO (Japan).
    public static let chademo = Self(rawValue: "CHADEMO")
    /// ChaoJi (China/Japan).
    public static let chaoji = Self(rawValue: "CHAOJI")
    /// Domestic plug/socket type A.
    public static let domesticA = Self(rawValue: "DOMESTIC_A")
    /// Domestic plug/socket type B.
    public static let domesticB = Self(rawValue: "DOMESTIC_B")
    /// Domestic plug/socket type C.
    public static let domesticC = Self(rawValue: "DOMESTIC_C")
    /// Domestic plug/socket type D.
    public static let domesticD = Self(rawValue: "DOMESTIC_D")
    /// Domestic plug/socket type E.
    public static let domesticE = Self(rawValue: "DOMESTIC_E")
    /// Domestic plug/socket type F.
    public static let domesticF = Self(rawValue: "DOMESTIC_F")
    /// Domestic plug/socket type G.
    public static let domesticG = Self(rawValue: "DOMESTIC_G")
    /// Domestic plug/socket type H.
    public static let domesticH = Self(rawValue: "DOMESTIC_H")
    /// Domestic plug/socket type I.
    public static let domesticI = Self(rawValue: "DOMESTIC_I")
    /// Domestic plug/socket type J.
    public static let domesticJ = Self(rawValue: "DOMESTIC_J")
    /// Domestic plug/socket type K.
    public static let domesticK = Self(rawValue: "DOMESTIC_K")
    /// Domestic plug/socket type L.
    public static let domesticL = Self(rawValue: "DOMESTIC_L")
    /// Domestic plug/socket type M.
    public static let domesticM = Self(rawValue: "DOMESTIC_M")
    /// Domestic plug/socket type N.
    public static let domesticN = Self(rawValue: "DOMESTIC_N")
    /// Domestic plug/socket type O.
    public static let domesticO = Self(rawValue: "DOMESTIC_O")
    /// GB/T AC (China).
    public static let gbtAC = Self(rawValue: "GBT_AC")
    /// GB/T DC (China).
    public static let gbtDC = Self(rawValue: "GBT_DC")
    /// IEC 60309-2 industrial, single phase 16 A.
    public static let iec60309Single16 = Self(rawValue: "IEC_60309_2_single_16")
    /// IEC 60309-2 industrial, three phase 16 A.
    public static let iec60309Three16 = Self(rawValue: "IEC_60309_2_three_16")
    /// IEC 60309-2 industrial, three phase 32 A.
    public static let iec60309Three32 = Self(rawValue: "IEC_60309_2_three_32")
    /// IEC 60309-2 industrial, three phase 64 A.
    public static let iec60309Three64 = Self(rawValue: "IEC_60309_2_three_64")
    /// IEC 62196 Type 1 (SAE J1772).
    public static let iec62196T1 = Self(rawValue: "IEC_62196_T1")
    /// Combo Type 1 (CCS1).
    public static let iec62196T1Combo = Self(rawValue: "IEC_62196_T1_COMBO")
    /// IEC 62196 Type 2 (Mennekes).
    public static let iec62196T2 = Self(rawValue: "IEC_62196_T2")
    /// Combo Type 2 (CCS2).
    public static let iec62196T2Combo = Self(rawValue: "IEC_62196_T2_COMBO")
    /// IEC 62196 Type 3A.
    public static let iec62196T3A = Self(rawValue: "IEC_62196_T3A")
    /// IEC 62196 Type 3C (Scame).
    public static let iec62196T3C = Self(rawValue: "IEC_62196_T3C")
    /// NEMA 5-20, 3 pin.
    public static let nema520 = Self(rawValue: "NEMA_5_20")
    /// NEMA 6-30, 3 pin.
    public static let nema630 = Self(rawValue: "NEMA_6_30")
    /// NEMA 6-50, 3 pin.
    public static let nema650 = Self(rawValue: "NEMA_6_50")
    /// NEMA 10-30, 3 pin.
    public static let nema1030 = Self(rawValue: "NEMA_10_30")
    /// NEMA 10-50, 3 pin.
    public static let nema1050 = Self(rawValue: "NEMA_10_50")
    /// NEMA 14-30, 3 pin, 30 A.
    public static let nema1430 = Self(rawValue: "NEMA_14_30")
    /// NEMA 14-50, 3 pin, 50 A.
    public static let nema1450 = Self(rawValue: "NEMA_14_50")
    /// Pantograph connector from the ground up.
    public static let pantographBottomUp = Self(rawValue: "PANTOGRAPH_BOTTOM_UP")
    /// Pantograph connector from above.
    public static let pantographTopDown = Self(rawValue: "PANTOGRAPH_TOP_DOWN")
    /// Tesla Roadster connector.
    public static let teslaR = Self(rawValue: "TESLA_R")
    /// Tesla Model S connector.
    public static let teslaS = Self(rawValue: "TESLA_S")

    /// Every standard this build knows.
    public static let knownValues: [Self] = [
        .chademo, .chaoji, .domesticA, .domesticB, .domesticC, .domesticD, .domesticE, .domesticF, .domesticG,
        .domesticH, .domesticI, .domesticJ, .domesticK, .domesticL, .domesticM, .domesticN, .domesticO,
        .gbtAC, .gbtDC, .iec60309Single16, .iec60309Three16, .iec60309Three32, .iec60309Three64, .iec62196T1,
        .iec62196T1Combo, .iec62196T2, .iec62196T2Combo, .iec62196T3A, .iec62196T3C, .nema520, .nema630,
        .nema650, .nema1030, .nema1050, .nema1430, .nema1450, .pantographBottomUp, .pantographTopDown,
        .teslaR, .teslaS,
    ]
}
