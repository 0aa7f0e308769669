import Foundation
import NIOCore
import NIOPosix
import RoamwireTesting
import Testing

/// Failures at start: one clear line naming the cause, exit status 1, nothing corrupted.
@Suite struct StartupFailureTests {
    @Test func portInUse() async throws {
        let directory = try TemporaryDirectory()
        let occupier = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(occupier.localAddress?.port)
        var config = HostTestConfig()
        config.partnerPort = port
        let (status, output) = try await RoamwireProcess.run(
            ["serve", "--config", try config.write(to: directory)], environment: HostTestConfig.environment)
        try await occupier.close()
        #expect(status == 1)
        #expect(output.contains("roamwire: partner listener cannot serve on 127.0.0.1:\(port):"))
        #expect(output.contains("Address already in use"))
    }

    @Test func storePathIsADirectory() async throws {
        let directory = try TemporaryDirectory()
        var config = HostTestConfig()
        config.storePath = directory.url.path
        let (status, output) = try await RoamwireProcess.run(
            ["serve", "--config", try config.write(to: directory)], environment: HostTestConfig.environment)
        #expect(status == 1)
        let line = output.split(separator: "\n").first { $0.hasPrefix("roamwire: ") }
        #expect(line?.contains(directory.url.path) == true, "\(output)")
    }

    @Test func storeFileIsNotADatabase() async throws {
        let directory = try TemporaryDirectory()
        let garbage = try directory.write(String(repeating: "not a database ", count: 500), to: "garbage.sqlite")
        var config = HostTestConfig()
        config.storePath = garbage
        let (status, output) = try await RoamwireProcess.run(
            ["serve", "--config", try config.write(to: directory)], environment: HostTestConfig.environment)
        #expect(status == 1)
        #expect(output.contains("roamwire: "))
        #expect(output.contains(garbage))
        let untouched = try String(contentsOfFile: garbage, encoding: .utf8)
        #expect(untouched == String(repeating: "not a database ", count: 500))
    }

    @Test func migrateCreatesTheSchemaAndIsRepeatable() async throws {
        let directory = try TemporaryDirectory()
        let file = try HostTestConfig().write(to: directory)
        for _ in 0..<2 {
            let (status, output) = try await RoamwireProcess.run(
                ["migrate", "--config", file], environment: HostTestConfig.environment)
            #expect(status == 0, "\(output)")
            #expect(output.contains("schema is current"))
        }
        #expect(FileManager.default.fileExists(atPath: directory.path("store.sqlite")))
    }
}
