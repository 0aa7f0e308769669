/// Where calibration-law (German "Eichrecht") metering data of an EVSE can be read.
public enum CalibrationLawDataAvailability: String, Sendable, Hashable, Codable, CaseIterable {
    /// Shown on the charger itself.
    case local = "LOCAL"
    /// Delivered with the charge detail record (signed metering values).
    case external = "EXTERNAL"
    /// Not available.
    case notAvailable = "NOT_AVAILABLE"
}
