import PlatformCore

/// An OCPI enumeration as partners send it: a string-backed struct with one static member per
/// value this build knows (see ``ExtensibleEnum``). A value this build does not know decodes, is
/// kept and is encoded again unchanged, so it never makes a whole object or page fail; the
/// object's ``OCPIWireObject/unknownValues()`` lists it for the log.
protocol OCPIEnum: ExtensibleEnum {}

extension OCPIEnum {
    /// Encodes the raw string; while ``OCPIWireObject/unknownValues()`` listens, also reports a
    /// value this build does not know, with its JSON path.
    func encode(to encoder: any Encoder) throws {
        if !isKnown, let listener = encoder.userInfo[OCPIUnknownValueListener.key] as? OCPIUnknownValueListener {
            listener.record(rawValue, at: encoder.codingPath)
        }
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
