/// Builds a plugin from its config block and a context. Each plugin target adds one as a static
/// member, and the host keeps a table of them; the config picks by ``id``:
///
/// ```swift
/// extension PluginFactory {
///     public static let webhook = PluginFactory(
///         id: "webhook", summary: "POSTs domain events to a URL", configuration: WebhookConfiguration.self
///     ) { configuration, context in
///         WebhookPlugin(configuration: configuration, context: context)
///     }
/// }
/// ```
public struct PluginFactory: Sendable {
    /// The name the config uses.
    public let id: PluginID
    /// One line for `--help` and the README.
    public let summary: String
    private let check: @Sendable (PluginConfigBlock) -> [ConfigProblem]
    private let build: @Sendable (PluginConfigBlock, PluginContext) async throws -> any Plugin

    /// Creates a factory whose plugin reads a typed configuration from its config block.
    /// - Parameters:
    ///   - id: the name the config uses.
    ///   - summary: one line describing the plugin.
    ///   - configuration: the plugin's configuration type, decoded from its block; decoding
    ///     errors become ``ConfigProblem``s with the block's key path.
    ///   - validate: further checks on the decoded configuration, returning `(key, reason)` pairs
    ///     relative to the block.
    ///   - make: builds the plugin; may register ports in the context.
    public init<Configuration: Decodable & Sendable>(
        id: PluginID,
        summary: String,
        configuration: Configuration.Type,
        validate: @escaping @Sendable (Configuration) -> [(key: String, reason: String)] = { _ in [] },
        make: @escaping @Sendable (Configuration, PluginContext) async throws -> any Plugin
    ) {
        self.id = id
        self.summary = summary
        self.check = { block in
            do throws(ConfigProblem) {
                let configuration = try block.decode(Configuration.self)
                return validate(configuration).map {
                    ConfigProblem(file: block.file, keyPath: "\(block.keyPath).\($0.key)", reason: $0.reason)
                }
            } catch {
                return [error]
            }
        }
        self.build = { block, context in try await make(try block.decode(Configuration.self), context) }
    }

    /// Every problem in `block`, empty when the plugin can be built from it.
    public func problems(in block: PluginConfigBlock) -> [ConfigProblem] { check(block) }

    /// Builds the plugin.
    public func makePlugin(block: PluginConfigBlock, context: PluginContext) async throws -> any Plugin {
        try await build(block, context)
    }
}
