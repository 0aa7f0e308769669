/// OCPI `GeoLocation` (§14.1): a WGS 84 position whose coordinates are **strings** with 5 to 7
/// decimals, e.g. `"51.047599"`.
struct OCPIGeoLocation: OCPIWireObject {
    /// Latitude, `string(10)`, `-?[0-9]{1,2}\.[0-9]{5,7}`.
    var latitude: String
    /// Longitude, `string(11)`, `-?[0-9]{1,3}\.[0-9]{5,7}`.
    var longitude: String

    func validate(into validator: inout OCPIValidator) {
        validator.latitude(latitude)
        validator.longitude(longitude)
    }
}
