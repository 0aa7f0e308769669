import PlatformCore

/// OCPI `ParkingType` (§6.8): where the parking spaces of a location are.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIParkingType: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `ALONG_MOTORWAY`.
    static let alongMotorway = Self(rawValue: "ALONG_MOTORWAY")
    /// `PARKING_GARAGE`.
    static let parkingGarage = Self(rawValue: "PARKING_GARAGE")
    /// `PARKING_LOT`.
    static let parkingLot = Self(rawValue: "PARKING_LOT")
    /// `ON_DRIVEWAY`.
    static let onDriveway = Self(rawValue: "ON_DRIVEWAY")
    /// `ON_STREET`.
    static let onStreet = Self(rawValue: "ON_STREET")
    /// `UNDERGROUND_GARAGE`.
    static let undergroundGarage = Self(rawValue: "UNDERGROUND_GARAGE")

    /// Every value this build knows.
    static let knownValues: [Self] = [
        .alongMotorway, .parkingGarage, .parkingLot, .onDriveway, .onStreet, .undergroundGarage,
    ]
}
