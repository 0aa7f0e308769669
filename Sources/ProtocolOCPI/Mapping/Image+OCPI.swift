import PlatformCore

/// Image ↔ domain ``Image``.
extension OCPIImage {
    /// The wire form of a domain image.
    init(domain image: Image) {
        self.init(
            url: image.url, thumbnail: image.thumbnail, category: OCPIImageCategory(domain: image.category),
            type: image.type, width: image.width, height: image.height)
    }

    /// The domain image; a category the domain does not know becomes `OTHER` (and is listed
    /// by ``OCPIWireObject/unknownValues()``).
    func domain() -> Image {
        Image(
            url: url, thumbnail: thumbnail, category: Image.Category(rawValue: category.rawValue) ?? .other, type: type,
            width: width, height: height)
    }
}
