import HTTPTypes

/// Names of the OCPI-specific HTTP headers.
enum OCPIHeaders {
    static let correlationID = HTTPField.Name("X-Correlation-ID")!
    static let requestID = HTTPField.Name("X-Request-ID")!
    static let totalCount = HTTPField.Name("X-Total-Count")!
    static let limit = HTTPField.Name("X-Limit")!
    static let link = HTTPField.Name("Link")!
    static let fromCountryCode = HTTPField.Name("OCPI-from-country-code")!
    static let fromPartyID = HTTPField.Name("OCPI-from-party-id")!
    static let toCountryCode = HTTPField.Name("OCPI-to-country-code")!
    static let toPartyID = HTTPField.Name("OCPI-to-party-id")!

    /// Logger metadata key under which the correlation id travels.
    static let correlationMetadata = "ocpi.correlation_id"
}
