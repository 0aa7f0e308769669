import Synchronization

/// Collects the enum values an encoding pass meets that this build does not know, as
/// `field.path=VALUE` (e.g. `evses[0].connectors[1].standard=IEC_99999`).
final class OCPIUnknownValueListener: Sendable {
    /// The `userInfo` key under which an encoder carries the listener.
    static let key = CodingUserInfoKey(rawValue: "roamwire.ocpi.unknownValues")!

    private let found = Mutex<[String]>([])

    /// The values recorded so far, in encoding order.
    var values: [String] { found.withLock { $0 } }

    /// Records `value` found at `codingPath`.
    func record(_ value: String, at codingPath: [any CodingKey]) {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        found.withLock { $0.append("\(path)=\(value)") }
    }
}
