import PlatformCore

/// OCPI `Facility` (§6.8): a facility at or near a location.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIFacility: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `HOTEL`.
    static let hotel = Self(rawValue: "HOTEL")
    /// `RESTAURANT`.
    static let restaurant = Self(rawValue: "RESTAURANT")
    /// `CAFE`.
    static let cafe = Self(rawValue: "CAFE")
    /// `MALL`.
    static let mall = Self(rawValue: "MALL")
    /// `SUPERMARKET`.
    static let supermarket = Self(rawValue: "SUPERMARKET")
    /// `SPORT`.
    static let sport = Self(rawValue: "SPORT")
    /// `RECREATION_AREA`.
    static let recreationArea = Self(rawValue: "RECREATION_AREA")
    /// `NATURE`.
    static let nature = Self(rawValue: "NATURE")
    /// `MUSEUM`.
    static let museum = Self(rawValue: "MUSEUM")
    /// `BIKE_SHARING`.
    static let bikeSharing = Self(rawValue: "BIKE_SHARING")
    /// `BUS_STOP`.
    static let busStop = Self(rawValue: "BUS_STOP")
    /// `TAXI_STAND`.
    static let taxiStand = Self(rawValue: "TAXI_STAND")
    /// `TRAM_STOP`.
    static let tramStop = Self(rawValue: "TRAM_STOP")
    /// `METRO_STATION`.
    static let metroStation = Self(rawValue: "METRO_STATION")
    /// `TRAIN_STATION`.
    static let trainStation = Self(rawValue: "TRAIN_STATION")
    /// `AIRPORT`.
    static let airport = Self(rawValue: "AIRPORT")
    /// `PARKING_LOT`.
    static let parkingLot = Self(rawValue: "PARKING_LOT")
    /// `CARPOOL_PARKING`.
    static let carpoolParking = Self(rawValue: "CARPOOL_PARKING")
    /// `FUEL_STATION`.
    static let fuelStation = Self(rawValue: "FUEL_STATION")
    /// `WIFI`.
    static let wifi = Self(rawValue: "WIFI")

    /// Every value this build knows.
    static let knownValues: [Self] = [
        .hotel, .restaurant, .cafe, .mall, .supermarket, .sport, .recreationArea, .nature, .museum, .bikeSharing,
        .busStop, .taxiStand, .tramStop, .metroStation, .trainStation, .airport, .parkingLot, .carpoolParking,
        .fuelStation, .wifi,
    ]
}
