/// The kind of current a connector delivers.
public enum PowerType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Single-phase AC.
    case ac1Phase = "AC_1_PHASE"
    /// Two-phase AC.
    case ac2Phase = "AC_2_PHASE"
    /// Two-phase AC, split phase.
    case ac2PhaseSplit = "AC_2_PHASE_SPLIT"
    /// Three-phase AC.
    case ac3Phase = "AC_3_PHASE"
    /// Direct current.
    case dc = "DC"
}
