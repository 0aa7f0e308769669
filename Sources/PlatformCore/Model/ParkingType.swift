/// Where the parking spaces of a location are (extensible; see ``ExtensibleEnum``).
public struct ParkingType: ExtensibleEnum {
    /// The parking type's name, e.g. `ON_STREET`.
    public let rawValue: String
    /// Creates a parking type from its name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Along a motorway, e.g. at a service area.
    public static let alongMotorway = Self(rawValue: "ALONG_MOTORWAY")
    /// A multi-storey car park.
    public static let parkingGarage = Self(rawValue: "PARKING_GARAGE")
    /// An open-air car park.
    public static let parkingLot = Self(rawValue: "PARKING_LOT")
    /// A private driveway.
    public static let onDriveway = Self(rawValue: "ON_DRIVEWAY")
    /// On the street.
    public static let onStreet = Self(rawValue: "ON_STREET")
    /// An underground car park.
    public static let undergroundGarage = Self(rawValue: "UNDERGROUND_GARAGE")

    /// Every parking type this build knows.
    public static let knownValues: [Self] = [
        .alongMotorway, .parkingGarage, .parkingLot, .onDriveway, .onStreet, .undergroundGarage,
    ]
}
