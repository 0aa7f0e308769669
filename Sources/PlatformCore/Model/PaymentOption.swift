/// How charging at an EVSE can be paid (extensible; see ``ExtensibleEnum``). OICP lists
/// these per EVSE; OCPI implies them from capabilities and tariffs.
public struct PaymentOption: ExtensibleEnum {
    /// The option's name, e.g. `CONTRACT`.
    public let rawValue: String
    /// Creates an option from its name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Charging is free; never combined with another option.
    public static let noPayment = Self(rawValue: "NO_PAYMENT")
    /// Ad-hoc payment at the charger (card, cash, SMS ...).
    public static let direct = Self(rawValue: "DIRECT")
    /// Billed through the driver's contract with an e-mobility provider.
    public static let contract = Self(rawValue: "CONTRACT")

    /// Every option this build knows.
    public static let knownValues: [Self] = [.noPayment, .direct, .contract]
}
