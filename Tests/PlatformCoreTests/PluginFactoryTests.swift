import Foundation
import PlatformCore
import RoamwireTesting
import Testing

/// A plugin configuration with a required string, a required integer, an optional list and an
/// optional nested mapping.
struct SampleConfiguration: Decodable, Sendable, Equatable {
    struct Retry: Decodable, Sendable, Equatable {
        var attempts: Int
    }
    var url: String
    var port: Int
    var tags: [String]?
    var retry: Retry?
}

struct SamplePlugin: Plugin {
    let configuration: SampleConfiguration
}

@Suite("PluginFactory")
struct PluginFactoryTests {
    static let factory = PluginFactory(
        id: "sample", summary: "a plugin for tests", configuration: SampleConfiguration.self,
        validate: { configuration in
            var problems: [(key: String, reason: String)] = []
            if configuration.port > 65_535 { problems.append((key: "port", reason: "must be at most 65535")) }
            if configuration.retry?.attempts == 0 {
                problems.append((key: "retry.attempts", reason: "must be at least 1"))
            }
            return problems
        },
        make: { configuration, _ in SamplePlugin(configuration: configuration) })

    static func block(_ json: String, keyPath: String = "plugins[0].config") -> PluginConfigBlock {
        PluginConfigBlock(json: Data(json.utf8), file: "roamwire.yaml", keyPath: keyPath)
    }

    static func problem(_ keyPath: String, _ reason: String) -> ConfigProblem {
        ConfigProblem(file: "roamwire.yaml", keyPath: keyPath, reason: reason)
    }

    @Test("a valid block has no problems and builds the plugin from the decoded configuration")
    func validBlock() async throws {
        let block = Self.block(#"{"url": "http://example.com", "port": 8080, "tags": ["a"], "retry": {"attempts": 3}}"#)
        #expect(Self.factory.problems(in: block).isEmpty)

        let temporary = try await TemporaryStore()
        let plugin = try await Self.factory.makePlugin(block: block, context: Self.context(temporary))
        let sample = try #require(plugin as? SamplePlugin)
        #expect(
            sample.configuration
                == SampleConfiguration(url: "http://example.com", port: 8080, tags: ["a"], retry: .init(attempts: 3)))
        #expect(plugin.services.isEmpty)
    }

    @Test("a missing key is reported at its full key path")
    func missingKey() {
        #expect(
            Self.factory.problems(in: Self.block(#"{"port": 1}"#))
                == [Self.problem("plugins[0].config.url", "required key is missing")])
        #expect(
            Self.factory.problems(in: Self.block(#"{"url": "x", "port": 1, "retry": {}}"#))
                == [Self.problem("plugins[0].config.retry.attempts", "required key is missing")])
    }

    @Test("a value of the wrong type is reported at its full key path, list indices included")
    func wrongType() {
        #expect(
            Self.factory.problems(in: Self.block(#"{"url": "x", "port": "eighty"}"#))
                == [Self.problem("plugins[0].config.port", "expected an integer")])
        #expect(
            Self.factory.problems(in: Self.block(#"{"url": "x", "port": 1, "tags": ["a", 2]}"#))
                == [Self.problem("plugins[0].config.tags[1]", "expected a string")])
        #expect(
            Self.factory.problems(in: Self.block(#"{"url": null, "port": 1}"#))
                == [Self.problem("plugins[0].config.url", "expected a string, found null")])
    }

    @Test("a block that is not a mapping is reported at the block's key path")
    func notAMapping() throws {
        let problems = Self.factory.problems(in: Self.block(#"["url"]"#))
        #expect(problems.count == 1)
        #expect(problems.first?.keyPath == "plugins[0].config")
        #expect(problems.first?.file == "roamwire.yaml")
    }

    @Test("problems from the validate closure get the block's key path as prefix")
    func validateProblemsArePrefixed() {
        #expect(
            Self.factory.problems(
                in: Self.block(#"{"url": "x", "port": 70000, "retry": {"attempts": 0}}"#, keyPath: "plugins[3].config"))
                == [
                    Self.problem("plugins[3].config.port", "must be at most 65535"),
                    Self.problem("plugins[3].config.retry.attempts", "must be at least 1"),
                ])
    }

    @Test("makePlugin refuses a block that does not decode, with the problem as error")
    func makePluginRefusesBadBlock() async throws {
        let temporary = try await TemporaryStore()
        let context = Self.context(temporary)
        let error = await #expect(throws: ConfigProblem.self) {
            _ = try await Self.factory.makePlugin(block: Self.block(#"{"url": "x"}"#), context: context)
        }
        #expect(error == Self.problem("plugins[0].config.port", "required key is missing"))
    }

    @Test("a problem prints as file: key path: reason")
    func problemDescription() {
        #expect(
            Self.problem("plugins[0].config.url", "required key is missing").description
                == "roamwire.yaml: plugins[0].config.url: required key is missing")
        #expect(Self.problem("", "not a mapping").description == "roamwire.yaml: (top level): not a mapping")
    }

    /// A context over `temporary`'s store; the caller keeps `temporary` alive while it is used.
    static func context(_ temporary: TemporaryStore) -> PluginContext {
        let ports = Ports()
        let events = EventBus()
        let writer = DomainWriter(store: temporary.store, ports: ports, events: events, outboxSignal: OutboxSignal())
        return PluginContext(
            pluginID: "sample", parties: [], store: temporary.store, events: events, ports: ports, writer: writer,
            logger: .quiet, partnerBaseURL: { "https://roaming.example" })
    }
}
