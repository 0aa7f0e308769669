import PlatformCore

/// DisplayText ↔ domain ``DisplayText``.
extension OCPIDisplayText {
    /// The wire form of a domain text.
    init(domain text: DisplayText) {
        self.init(language: text.language, text: text.text)
    }

    /// The domain text.
    func domain() -> DisplayText {
        DisplayText(language: language, text: text)
    }
}
