import PlatformCore

/// OCPI `ConnectorType` (§6.8): the plug or socket standard of a connector (note the mixed-case IEC 60309 names).
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIConnectorType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `CHADEMO`.
    static let chademo = Self(rawValue: "CHADEMO")
    /// `CHAOJI`.
    static let chaoji = Self(rawValue: "CHAOJI")
    /// `DOMESTIC_A`.
    static let domesticA = Self(rawValue: "DOMESTIC_A")
    /// `DOMESTIC_B`.
    static let domesticB = Self(rawValue: "DOMESTIC_B")
    /// `DOMESTIC_C`.
    static let domesticC = Self(rawValue: "DOMESTIC_C")
    /// `DOMESTIC_D`.
    static let domesticD = Self(rawValue: "DOMESTIC_D")
    /// `DOMESTIC_E`.
    static let domesticE = Self(rawValue: "DOMESTIC_E")
    /// `DOMESTIC_F`.
    static let domesticF = Self(rawValue: "DOMESTIC_F")
    /// `DOMESTIC_G`.
    static let domesticG = Self(rawValue: "DOMESTIC_G")
    /// `DOMESTIC_H`.
    static let domesticH = Self(rawValue: "DOMESTIC_H")
    /// `DOMESTIC_I`.
    static let domesticI = Self(rawValue: "DOMESTIC_I")
    /// `DOMESTIC_J`.
    static let domesticJ = Self(rawValue: "DOMESTIC_J")
    /// `DOMESTIC_K`.
    static let domesticK = Self(rawValue: "DOMESTIC_K")
    /// `DOMESTIC_L`.
    static let domesticL = Self(rawValue: "DOMESTIC_L")
    /// `DOMESTIC_M`.
    static let domesticM = Self(rawValue: "DOMESTIC_M")
    /// `DOMESTIC_N`.
    static let domesticN = Self(rawValue: "DOMESTIC_N")
    /// `DOMESTIC_O`.
    static let domesticO = Self(rawValue: "DOMESTIC_O")
    /// `GBT_AC`.
    static let gbtAC = Self(rawValue: "GBT_AC")
    /// `GBT_DC`.
    static let gbtDC = Self(rawValue: "GBT_DC")
    /// `IEC_60309_2_single_16`.
    static let iec60309Single16 = Self(rawValue: "IEC_60309_2_single_16")
    /// `IEC_60309_2_three_16`.
    static let iec60309Three16 = Self(rawValue: "IEC_60309_2_three_16")
    /// `IEC_60309_2_three_32`.
    static let iec60309Three32 = Self(rawValue: "IEC_60309_2_three_32")
    /// `IEC_60309_2_three_64`.
    static let iec60309Three64 = Self(rawValue: "IEC_60309_2_three_64")
    /// `IEC_62196_T1`.
    static let iec62196T1 = Self(rawValue: "IEC_62196_T1")
    /// `IEC_62196_T1_COMBO`.
    static let iec62196T1Combo = Self(rawValue: "IEC_62196_T1_COMBO")
    /// `IEC_62196_T2`.
    static let iec62196T2 = Self(rawValue: "IEC_62196_T2")
    /// `IEC_62196_T2_COMBO`.
    static let iec62196T2Combo = Self(rawValue: "IEC_62196_T2_COMBO")
    /// `IEC_62196_T3A`.
    static let iec62196T3A = Self(rawValue: "IEC_62196_T3A")
    /// `IEC_62196_T3C`.
    static let iec62196T3C = Self(rawValue: "IEC_62196_T3C")
    /// `NEMA_5_20`.
    static let nema520 = Self(rawValue: "NEMA_5_20")
    /// `NEMA_6_30`.
    static let nema630 = Self(rawValue: "NEMA_6_30")
    /// `NEMA_6_50`.
    static let nema650 = Self(rawValue: "NEMA_6_50")
    /// `NEMA_10_30`.
    static let nema1030 = Self(rawValue: "NEMA_10_30")
    /// `NEMA_10_50`.
    static let nema1050 = Self(rawValue: "NEMA_10_50")
    /// `NEMA_14_30`.
    static let nema1430 = Self(rawValue: "NEMA_14_30")
    /// `NEMA_14_50`.
    static let nema1450 = Self(rawValue: "NEMA_14_50")
    /// `PANTOGRAPH_BOTTOM_UP`.
    static let pantographBottomUp = Self(rawValue: "PANTOGRAPH_BOTTOM_UP")
    /// `PANTOGRAPH_TOP_DOWN`.
    static let pantographTopDown = Self(rawValue: "PANTOGRAPH_TOP_DOWN")
    /// `TESLA_R`.
    static let teslaR = Self(rawValue: "TESLA_R")
    /// `TESLA_S`.
    static let teslaS = Self(rawValue: "TESLA_S")

    /// Every value this build knows.
    static let knownValues: [Self] = [
        .chademo, .chaoji, .domesticA, .domesticB, .domesticC, .domesticD, .domesticE, .domesticF, .domesticG,
        .domesticH, .domesticI, .domesticJ, .domesticK, .domesticL, .domesticM, .domesticN, .domesticO, .gbtAC, .gbtDC,
        .iec60309Single16, .iec60309Three16, .iec60309Three32, .iec60309Three64, .iec62196T1, .iec62196T1Combo,
        .iec62196T2, .iec62196T2Combo, .iec62196T3A, .iec62196T3C, .nema520, .nema630, .nema650, .nema1030, .nema1050,
        .nema1430, .nema1450, .pantographBottomUp, .pantographTopDown, .teslaR, .teslaS,
    ]
}
