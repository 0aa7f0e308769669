/// A picture of a location, an operator's logo or a map marker.
public struct Image: Sendable, Hashable, Codable {
    /// What the picture shows.
    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        case charger = "CHARGER"
        case entrance = "ENTRANCE"
        case location = "LOCATION"
        case network = "NETWORK"
        case `operator` = "OPERATOR"
        case other = "OTHER"
        case owner = "OWNER"
    }

    /// URL of the full-size picture.
    public var url: String
    /// URL of a thumbnail (at most 128×128 pixels).
    public var thumbnail: String?
    /// What the picture shows.
    public var category: Category
    /// File type, e.g. `jpeg` or `png`.
    public var type: String
    /// Width in pixels.
    public var width: Int?
    /// Height in pixels.
    public var height: Int?

    /// Creates an image reference.
    public init(
        url: String, thumbnail: String? = nil, category: Category, type: String, width: Int? = nil, height: Int? = nil
    ) {
        self.url = url
        self.thumbnail = thumbnail
        self.category = category
        self.type = type
        self.width = width
        self.height = height
    }
}
