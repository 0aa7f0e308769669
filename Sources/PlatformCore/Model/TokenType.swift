/// The kind of a token.
public enum TokenType: String, Sendable, Hashable, Codable, CaseIterable {
    /// One-time id, e.g. for an ad-hoc session started in an app.
    case adHocUser = "AD_HOC_USER"
    /// Stable id of an app user.
    case appUser = "APP_USER"
    /// Any other kind (e.g. Plug & Charge or QR code identifications).
    case other = "OTHER"
    /// An RFID card or key fob.
    case rfid = "RFID"
}
