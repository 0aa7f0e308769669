import Foundation

/// An object of the OCPI 2.2.1 wire format: codable with ``OCPICoding``, checkable against the
/// rules decoding cannot enforce, and able to name the enum values it carries that this build
/// does not know.
protocol OCPIWireObject: Codable, Sendable, Hashable {
    /// Reports this object's violations (and those of the objects it contains) to `validator`.
    func validate(into validator: inout OCPIValidator)
}

extension OCPIWireObject {
    /// The wire-format rules this object breaks, each with its JSON path; empty when it is valid.
    func validate() -> [WireViolation] {
        var validator = OCPIValidator()
        validate(into: &validator)
        return validator.violations
    }

    /// Enum values in this object that this build does not know, as `field.path=VALUE`
    /// (e.g. `evses[0].status=SUSPENDED`), for the adapter to log; they are kept on re-encoding.
    func unknownValues() -> [String] {
        let listener = OCPIUnknownValueListener()
        let encoder = OCPICoding.makeEncoder()
        encoder.userInfo[OCPIUnknownValueListener.key] = listener
        _ = try? encoder.encode(self)
        return listener.values
    }
}
