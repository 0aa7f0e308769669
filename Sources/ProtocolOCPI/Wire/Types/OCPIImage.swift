/// OCPI `Image` (§14.2): a picture reference.
struct OCPIImage: OCPIWireObject {
    /// URL of the full picture.
    var url: String
    /// URL of a thumbnail.
    var thumbnail: String?
    /// What the picture shows.
    var category: OCPIImageCategory
    /// File type such as `jpeg`, `CiString(4)`.
    var type: String
    /// Width in pixels, `int(5)`.
    var width: Int?
    /// Height in pixels, `int(5)`.
    var height: Int?

    func validate(into validator: inout OCPIValidator) {
        validator.url(url, "url")
        validator.url(thumbnail, "thumbnail")
        validator.ciString(type, "type", max: 4)
        validator.digits(width, "width", max: 5)
        validator.digits(height, "height", max: 5)
    }
}
