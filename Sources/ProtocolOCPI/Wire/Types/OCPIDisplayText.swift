/// OCPI `DisplayText` (§1.3): a plain text for people in one language.
struct OCPIDisplayText: OCPIWireObject {
    /// ISO 639-1 language code, `string(2)`.
    var language: String
    /// The text without markup, `string(512)`.
    var text: String

    func validate(into validator: inout OCPIValidator) {
        validator.language(language, "language")
        validator.string(text, "text", max: 512)
    }
}
