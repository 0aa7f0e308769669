/// One signed meter reading.
public struct SignedValue: Sendable, Hashable, Codable {
    /// What the reading is: `Start`, `End`, `Intermediate` or another scheme-specific name
    /// (OICP's `Progress` maps to `Intermediate`).
    public var nature: String
    /// The un-encoded data, for people.
    public var plainData: String
    /// The signed, base64-encoded data.
    public var signedData: String

    /// Creates a signed value.
    public init(nature: String, plainData: String, signedData: String) {
        self.nature = nature
        self.plainData = plainData
        self.signedData = signedData
    }
}
