/// A location and some of its EVSEs, e.g. where a driver wants to charge.
public struct LocationReference: Sendable, Hashable, Codable {
    /// Id of the location.
    public var locationID: String
    /// Uids of EVSEs at that location; empty for the whole location.
    public var evseUIDs: [String]

    /// Creates a location reference.
    public init(locationID: String, evseUIDs: [String] = []) {
        self.locationID = locationID
        self.evseUIDs = evseUIDs
    }
}
