import PlatformCore

/// OCPI `PowerType` (§6.8): the kind of current a connector delivers.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIPowerType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `AC_1_PHASE`.
    static let ac1Phase = Self(rawValue: "AC_1_PHASE")
    /// `AC_2_PHASE`.
    static let ac2Phase = Self(rawValue: "AC_2_PHASE")
    /// `AC_2_PHASE_SPLIT`.
    static let ac2PhaseSplit = Self(rawValue: "AC_2_PHASE_SPLIT")
    /// `AC_3_PHASE`.
    static let ac3Phase = Self(rawValue: "AC_3_PHASE")
    /// `DC`.
    static let dc = Self(rawValue: "DC")

    /// Every value this build knows.
    static let knownValues: [Self] = [.ac1Phase, .ac2Phase, .ac2PhaseSplit, .ac3Phase, .dc]
}
