public import Foundation

/// A further named point belonging to a location, such as an entrance or a car park.
public struct AdditionalGeoLocation: Sendable, Hashable, Codable {
    /// Latitude in decimal degrees.
    public var latitude: Decimal
    /// Longitude in decimal degrees.
    public var longitude: Decimal
    /// What the point is, e.g. "Entrance from Main Street".
    public var name: DisplayText?

    /// Creates an additional point.
    public init(latitude: Decimal, longitude: Decimal, name: DisplayText? = nil) {
        self.latitude = latitude
        self.longitude = longitude
        self.name = name
    }
}
