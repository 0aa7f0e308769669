/// An extra service an EVSE offers (extensible; see ``ExtensibleEnum``). OICP lists these per
/// EVSE (with `NONE` when there are none; here an empty list says that).
public struct ValueAddedService: ExtensibleEnum {
    /// The service's name, e.g. `RESERVATION`.
    public let rawValue: String
    /// Creates a service from its name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Can be reserved.
    public static let reservation = Self(rawValue: "RESERVATION")
    /// Prices change dynamically.
    public static let dynamicPricing = Self(rawValue: "DYNAMIC_PRICING")
    /// Parking sensors report occupancy.
    public static let parkingSensors = Self(rawValue: "PARKING_SENSORS")
    /// Maximum power charging.
    public static let maximumPowerCharging = Self(rawValue: "MAXIMUM_POWER_CHARGING")
    /// Usage predictions are available.
    public static let predictiveChargePointUsage = Self(rawValue: "PREDICTIVE_CHARGE_POINT_USAGE")
    /// Charging plans (smart charging).
    public static let chargingPlans = Self(rawValue: "CHARGING_PLANS")
    /// The parking space is covered.
    public static let roofProvided = Self(rawValue: "ROOF_PROVIDED")

    /// Every service this build knows.
    public static let knownValues: [Self] = [
        .reservation, .dynamicPricing, .parkingSensors, .maximumPowerCharging, .predictiveChargePointUsage,
        .chargingPlans, .roofProvided,
    ]
}
