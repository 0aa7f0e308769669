import Logging
import PlatformCore

/// Checks every object a partner sends us, the same way in every module.
extension OCPIWireObject {
    /// Logs each enum value this build does not know (`unknown OCPI value`); the object keeps it.
    func logUnknownValues(from partner: PartnerID, logger: Logger) {
        for value in unknownValues() {
            logger.notice(
                "unknown OCPI value kept", metadata: ["ocpi.partner": "\(partner)", "ocpi.value": "\(value)"])
        }
    }

    /// Refuses an object that breaks the spec's lengths and formats.
    /// - Throws: OCPI 2001 naming every field at fault.
    func requireValid() throws {
        let violations = validate()
        guard violations.isEmpty else {
            throw OCPIError.invalidParameters(violations.map(\.description).joined(separator: "; "))
        }
    }
}
