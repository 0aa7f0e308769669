/// Calibration-law ("Eichrecht") metering data signed by the meter, for drivers to verify.
public struct SignedData: Sendable, Hashable, Codable {
    /// Name of the signing scheme, e.g. `OCMF` or `EDL40 Mennekes`.
    public var encodingMethod: String
    /// Version of the scheme.
    public var encodingMethodVersion: Int?
    /// Base64 public key of the meter.
    public var publicKey: String?
    /// The signed values; at least one.
    public var signedValues: [SignedValue]
    /// URL of a page where the data can be verified.
    public var url: String?

    /// Creates signed metering data.
    public init(
        encodingMethod: String,
        encodingMethodVersion: Int? = nil,
        publicKey: String? = nil,
        signedValues: [SignedValue],
        url: String? = nil
    ) {
        self.encodingMethod = encodingMethod
        self.encodingMethodVersion = encodingMethodVersion
        self.publicKey = publicKey
        self.signedValues = signedValues
        self.url = url
    }
}
