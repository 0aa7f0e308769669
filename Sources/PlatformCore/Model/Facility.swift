/// A facility at or near a location (extensible; see ``ExtensibleEnum``).
public struct Facility: ExtensibleEnum {
    /// The facility's name, e.g. `CAFE`.
    public let rawValue: String
    /// Creates a facility from its name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A hotel.
    public static let hotel = Self(rawValue: "HOTEL")
    /// A restaurant.
    public static let restaurant = Self(rawValue: "RESTAURANT")
    /// A café.
    public static let cafe = Self(rawValue: "CAFE")
    /// A shopping mall.
    public static let mall = Self(rawValue: "MALL")
    /// A supermarket.
    public static let supermarket = Self(rawValue: "SUPERMARKET")
    /// Sport facilities.
    public static let sport = Self(rawValue: "SPORT")
    /// A recreation area.
    public static let recreationArea = Self(rawValue: "RECREATION_AREA")
    /// Located in or near nature.
    public static let nature = Self(rawValue: "NATURE")
    /// A museum.
    public static let museum = Self(rawValue: "MUSEUM")
    /// Bike sharing.
    public static let bikeSharing = Self(rawValue: "BIKE_SHARING")
    /// A bus stop.
    public static let busStop = Self(rawValue: "BUS_STOP")
    /// A taxi stand.
    public static let taxiStand = Self(rawValue: "TAXI_STAND")
    /// A tram stop.
    public static let tramStop = Self(rawValue: "TRAM_STOP")
    /// A metro station.
    public static let metroStation = Self(rawValue: "METRO_STATION")
    /// A train station.
    public static let trainStation = Self(rawValue: "TRAIN_STATION")
    /// An airport.
    public static let airport = Self(rawValue: "AIRPORT")
    /// A parking lot.
    public static let parkingLot = Self(rawValue: "PARKING_LOT")
    /// Carpool parking.
    public static let carpoolParking = Self(rawValue: "CARPOOL_PARKING")
    /// A fuel station.
    public static let fuelStation = Self(rawValue: "FUEL_STATION")
    /// Wi-Fi access.
    public static let wifi = Self(rawValue: "WIFI")

    /// Every facility this build knows.
    public static let knownValues: [Self] = [
        .hotel, .restaurant, .cafe, .mall, .supermarket, .sport, .recreationArea, .nature, .museum,
        .bikeSharing, .busStop, .taxiStand, .tramStop, .metroStation, .trainStation, .airport, .parkingLot,
        .carpoolParking, .fuelStation, .wifi,
    ]
}
