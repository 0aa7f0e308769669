public import Foundation

/// A plugin's own block of the config file, as JSON, with where it came from so that problems
/// can name file and key path.
public struct PluginConfigBlock: Sendable, Hashable {
    /// The block's content as JSON (`{}` when the config gives none).
    public let json: Data
    /// The config file it was read from.
    public let file: String
    /// The key path of the block in that file, e.g. `plugins[2].config`.
    public let keyPath: String

    /// Creates a block.
    public init(json: Data, file: String, keyPath: String) {
        self.json = json
        self.file = file
        self.keyPath = keyPath
    }

    /// Decodes the block into a plugin's configuration type.
    /// - Throws: ``ConfigProblem`` naming file, key path and reason.
    public func decode<Configuration: Decodable>(_ type: Configuration.Type) throws(ConfigProblem) -> Configuration {
        do {
            return try JSONDecoder().decode(type, from: json)
        } catch let error as DecodingError {
            throw ConfigProblem(decodingError: error, file: file, keyPath: keyPath)
        } catch {
            throw ConfigProblem(file: file, keyPath: keyPath, reason: "\(error)")
        }
    }
}

/// A configuration that has no keys, for plugins that need none.
public struct NoConfiguration: Decodable, Sendable {}
