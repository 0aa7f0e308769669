/// One thing wrong with a config file: which file, which key, and why.
public struct ConfigProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the problem is in.
    public let file: String
    /// The key path, e.g. `listeners.partner.port` or `plugins[1].name`.
    public let keyPath: String
    /// What is wrong, for a person.
    public let reason: String

    /// Creates a problem report.
    public init(file: String, keyPath: String, reason: String) {
        self.file = file
        self.keyPath = keyPath
        self.reason = reason
    }

    /// `config/roamwire.yaml: listeners.partner.port: must be between 0 and 65535`.
    public var description: String { "\(file): \(keyPath.isEmpty ? "(top level)" : keyPath): \(reason)" }

    /// Translates a decoding error into a problem below `keyPath`.
    public init(decodingError: DecodingError, file: String, keyPath: String) {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce(keyPath) { path, key in
                if let index = key.intValue { return "\(path)[\(index)]" }
                return path.isEmpty ? key.stringValue : "\(path).\(key.stringValue)"
            }
        }
        switch decodingError {
        case .keyNotFound(let key, let context):
            self.init(file: file, keyPath: path(context.codingPath + [key]), reason: "required key is missing")
        case .typeMismatch(let type, let context):
            self.init(file: file, keyPath: path(context.codingPath), reason: "expected \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            self.init(
                file: file, keyPath: path(context.codingPath), reason: "expected \(Self.describe(type)), found null")
        case .dataCorrupted(let context):
            self.init(file: file, keyPath: path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            self.init(file: file, keyPath: keyPath, reason: "\(decodingError)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is UInt16.Type: "an integer"
        case is Bool.Type: "true or false"
        case is Double.Type: "a number"
        default:
            "\(type)".hasPrefix("Array")
                ? "a list" : ("\(type)".hasPrefix("Dictionary") ? "a mapping" : "a mapping (\(type))")
        }
    }
}
