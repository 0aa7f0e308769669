import PlatformCore

/// OCPI `ModuleID` (§4.2): the name of a module in version details; custom modules add prefixed names.
///
/// Extensible: a value this build does not know decodes and is kept (see ``OCPIEnum``).
struct OCPIModuleID: OCPIEnum {
    /// The value as written on the wire.
    let rawValue: String
    /// Creates a value from its wire name, known or not.
    init(rawValue: String) { self.rawValue = rawValue }

    /// `cdrs`.
    static let cdrs = Self(rawValue: "cdrs")
    /// `chargingprofiles`.
    static let chargingprofiles = Self(rawValue: "chargingprofiles")
    /// `commands`.
    static let commands = Self(rawValue: "commands")
    /// `credentials`.
    static let credentials = Self(rawValue: "credentials")
    /// `hubclientinfo`.
    static let hubclientinfo = Self(rawValue: "hubclientinfo")
    /// `locations`.
    static let locations = Self(rawValue: "locations")
    /// `sessions`.
    static let sessions = Self(rawValue: "sessions")
    /// `tariffs`.
    static let tariffs = Self(rawValue: "tariffs")
    /// `tokens`.
    static let tokens = Self(rawValue: "tokens")

    /// Every value this build knows.
    static let knownValues: [Self] = [
        .cdrs, .chargingprofiles, .commands, .credentials, .hubclientinfo, .locations, .sessions, .tariffs, .tokens,
    ]
}
