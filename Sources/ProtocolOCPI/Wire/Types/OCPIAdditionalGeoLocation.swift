/// OCPI `AdditionalGeoLocation` (§14.1): a further named point of a location, e.g. an entrance.
struct OCPIAdditionalGeoLocation: OCPIWireObject {
    /// Latitude, as in ``OCPIGeoLocation``.
    var latitude: String
    /// Longitude, as in ``OCPIGeoLocation``.
    var longitude: String
    /// What the point is.
    var name: OCPIDisplayText?

    func validate(into validator: inout OCPIValidator) {
        validator.latitude(latitude)
        validator.longitude(longitude)
        validator.nested(name, "name")
    }
}
