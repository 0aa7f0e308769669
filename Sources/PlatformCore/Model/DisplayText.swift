/// A text for people in one language, such as directions or a tariff explanation.
public struct DisplayText: Sendable, Hashable, Codable {
    /// ISO 639-1 language code, e.g. `en`.
    public var language: String
    /// Plain text without markup.
    public var text: String

    /// Creates a text in a language.
    public init(language: String, text: String) {
        self.language = language
        self.text = text
    }
}
