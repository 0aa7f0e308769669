public import Foundation

/// A WGS 84 position in decimal degrees.
///
/// Kept as `Decimal` so that the digits a partner sent survive exactly; adapters format them
/// (OCPI wants strings with 5–7 decimals, OICP at most 6).
public struct GeoLocation: Sendable, Hashable, Codable {
    /// Latitude in decimal degrees, −90 ... 90.
    public var latitude: Decimal
    /// Longitude in decimal degrees, −180 ... 180.
    public var longitude: Decimal

    /// Creates a position.
    public init(latitude: Decimal, longitude: Decimal) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
