import PlatformCore

/// OCPI `InterfaceRole` (§4.2): which side of a module an endpoint serves.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIInterfaceRole: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `SENDER`: the data owner's interface; others pull from it.
    static let sender = Self(rawValue: "SENDER")
    /// `RECEIVER`: the interested party's interface; the owner pushes to it.
    static let receiver = Self(rawValue: "RECEIVER")

    /// Every value this build knows.
    static let knownValues: [Self] = [.sender, .receiver]
}
