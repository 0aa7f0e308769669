import Foundation
import PlatformCore
import Yams

/// Reads one YAML config file key by key, collecting every problem (with file, key path and
/// reason) instead of stopping at the first, and substituting `${NAME}` with environment
/// variables in every string it reads.
struct ConfigReader {
    /// Collects problems across all readers of one file.
    final class Problems {
        var list: [ConfigProblem] = []
    }

    let file: String
    let path: String
    let node: Node?
    let problems: Problems
    let environment: [String: String]

    /// Whether the key this reader stands for is present (and not `null`).
    var isPresent: Bool {
        guard let node else { return false }
        return node.null == nil || node.scalar?.style != .plain
    }

    /// The reader for `key` below this one.
    func child(_ key: String) -> ConfigReader {
        let childNode = node?.mapping?[key]
        if node != nil, node?.mapping == nil, node?.null == nil {
            report(reason: "expected a mapping")
        }
        return ConfigReader(
            file: file, path: path.isEmpty ? key : "\(path).\(key)", node: childNode, problems: problems,
            environment: environment)
    }

    /// The elements of the list this reader stands for (empty when absent).
    func items() -> [ConfigReader] {
        guard isPresent, let node else { return [] }
        guard let sequence = node.sequence else {
            report(reason: "expected a list")
            return []
        }
        return sequence.enumerated().map { index, element in
            ConfigReader(
                file: file, path: "\(path)[\(index)]", node: element, problems: problems, environment: environment)
        }
    }

    /// Records a problem at this reader's key path.
    func report(reason: String) {
        let line = node?.mark.map { " (line \($0.line))" } ?? ""
        let problem = ConfigProblem(file: file, keyPath: path, reason: reason + line)
        if !problems.list.contains(problem) { problems.list.append(problem) }
    }

    /// Reports every key of this mapping that is not in `allowed`.
    func rejectUnknownKeys(allowed: [String]) {
        guard let mapping = node?.mapping else { return }
        for key in mapping.keys.compactMap(\.string) where !allowed.contains(key) {
            child(key).report(reason: "unknown key (known here: \(allowed.joined(separator: ", ")))")
        }
    }

    /// A required string; reports and returns `nil` when missing or not a string.
    func requiredString() -> String? {
        guard isPresent else {
            report(reason: "required key is missing")
            return nil
        }
        return string()
    }

    /// The string value, environment-substituted; `nil` when absent or not a scalar.
    func string() -> String? {
        guard isPresent, let node else { return nil }
        guard let scalar = node.scalar else {
            report(reason: "expected a string")
            return nil
        }
        return substitute(scalar.string)
    }

    /// An integer value within `range`, or `fallback` when absent.
    func int(default fallback: Int, in range: ClosedRange<Int>) -> Int {
        guard isPresent, let text = string() else { return fallback }
        guard let value = Int(text) else {
            report(reason: "expected an integer, found '\(text)'")
            return fallback
        }
        guard range.contains(value) else {
            report(reason: "must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
            return fallback
        }
        return value
    }

    /// A boolean value, or `fallback` when absent.
    func bool(default fallback: Bool) -> Bool {
        guard isPresent, let text = string() else { return fallback }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(reason: "expected true or false, found '\(text)'")
            return fallback
        }
    }

    /// One of `Value`'s raw values, or `fallback` when absent.
    func oneOf<Value: RawRepresentable & CaseIterable>(default fallback: Value) -> Value
    where Value.RawValue == String {
        guard isPresent, let text = string() else { return fallback }
        guard let value = Value(rawValue: text) else {
            report(reason: "expected one of \(Value.allCases.map(\.rawValue).joined(separator: ", ")), found '\(text)'")
            return fallback
        }
        return value
    }

    /// A list of strings (empty when absent).
    func strings() -> [String] {
        items().compactMap { $0.string() }
    }

    private func substitute(_ text: String) -> String? {
        guard text.contains("${") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                report(reason: "unterminated '${' in '\(text)'")
                return nil
            }
            let name = String(rest[start.upperBound..<end])
            guard let value = environment[name] else {
                report(reason: "environment variable \(name) is not set")
                return nil
            }
            result += value
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }
}

extension ConfigReader {
    /// This reader's subtree as JSON (strings environment-substituted), for a plugin's block;
    /// `{}` when absent.
    func json() -> Data {
        guard isPresent, let node else { return Data("{}".utf8) }
        let value = jsonValue(node, reader: self)
        return (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])) ?? Data("{}".utf8)
    }

    private func jsonValue(_ node: Node, reader: ConfigReader) -> Any {
        switch node {
        case .mapping(let mapping):
            var object: [String: Any] = [:]
            for (key, value) in mapping {
                let name = key.string ?? "\(key)"
                object[name] = jsonValue(value, reader: reader.child(name))
            }
            return object
        case .sequence(let sequence):
            return sequence.enumerated().map { index, element in
                jsonValue(
                    element,
                    reader: ConfigReader(
                        file: file, path: "\(reader.path)[\(index)]", node: element, problems: problems,
                        environment: environment))
            }
        case .scalar(let scalar):
            if scalar.style == .plain {
                if node.null != nil { return NSNull() }
                if let bool = node.bool { return bool }
                if let int = node.int { return int }
                if let double = node.float { return double }
            }
            return reader.substitute(scalar.string) ?? NSNull()
        case .alias:
            return NSNull()
        }
    }
}
