/// Name, website and logo of a party or operator, as shown to partners and drivers.
public struct BusinessDetails: Sendable, Hashable, Codable {
    /// Name of the operator.
    public var name: String
    /// Link to the operator's website.
    public var website: String?
    /// Image link to the operator's logo.
    public var logo: Image?

    /// Creates business details.
    public init(name: String, website: String? = nil, logo: Image? = nil) {
        self.name = name
        self.website = website
        self.logo = logo
    }
}
