public import Foundation
import Synchronization

/// The real `roamwire` executable, started as a child process: its exit status, its output, and
/// the URLs its listeners bound (read from its JSON log lines).
public final class RoamwireProcess: Sendable {
    /// What the process wrote to standard error and standard output so far.
    public var output: String { state.withLock { $0.output } }

    private struct State {
        var output = ""
        var listeners: [String: String] = [:]
        var partialLine = ""
    }

    private let process: Process
    private let state = Mutex(State())

    /// The built executable: `ROAMWIRE_BINARY`, or `roamwire` beside the test bundle.
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["ROAMWIRE_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("roamwire")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/roamwire")
    }

    /// Starts `roamwire arguments...` with `environment` added to the test's own.
    public init(_ arguments: [String], environment: [String: String] = [:], workingDirectory: URL? = nil) throws {
        process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard !data.isEmpty else {
                handle.readabilityHandler = nil
                return
            }
            self?.state.withLock { state in
                let text = String(decoding: data, as: UTF8.self)
                state.output += text
                state.partialLine += text
                while let newline = state.partialLine.firstIndex(of: "\n") {
                    let line = String(state.partialLine[..<newline])
                    state.partialLine.removeSubrange(...newline)
                    if let (name, url) = Self.listening(in: line) { state.listeners[name] = url }
                }
            }
        }
        try process.run()
    }

    /// Runs `roamwire arguments...` to completion and returns its exit status and output.
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], timeout: Duration = .seconds(60)
    ) async throws -> (status: Int32, output: String) {
        let process = try RoamwireProcess(arguments, environment: environment)
        let status = try await process.waitForExit(timeout: timeout)
        return (status, process.output)
    }

    /// The base URL of listener `name` (`partner` or `operator`) once it accepts connections.
    /// - Throws: if the process exits or `timeout` passes first.
    public func url(of name: String, timeout: Duration = .seconds(30)) async throws -> String {
        try await poll(timeout: timeout, what: "listener \(name)") {
            state.withLock { $0.listeners[name] }
        }
    }

    /// Waits until the output contains `text`.
    public func waitForOutput(containing text: String, timeout: Duration = .seconds(30)) async throws {
        _ = try await poll(timeout: timeout, what: "output '\(text)'") {
            state.withLock { $0.output.contains(text) ? true : nil }
        }
    }

    /// Sends SIGTERM.
    public func terminate() { kill(process.processIdentifier, SIGTERM) }

    /// Waits for the process to exit and returns its status.
    public func waitForExit(timeout: Duration = .seconds(30)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                process.interrupt()
                throw TestSupportError("roamwire did not exit within \(timeout); output:\n\(output)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        // Let the pipe's last bytes arrive.
        try await Task.sleep(for: .milliseconds(50))
        return process.terminationStatus
    }

    /// Ends the process if it still runs (for cleanup after a failed expectation).
    public func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    private func poll<Value>(timeout: Duration, what: String, _ probe: () -> Value?) async throws -> Value {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let value = probe() { return value }
            guard process.isRunning else {
                throw TestSupportError(
                    "roamwire exited (\(process.terminationStatus)) before \(what); output:\n\(output)")
            }
            guard ContinuousClock.now < deadline else {
                throw TestSupportError("no \(what) within \(timeout); output:\n\(output)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Parses a JSON log line `{"message": "listening", "roamwire.listener": ..., "url": ...}`.
    private static func listening(in line: String) -> (String, String)? {
        guard line.hasPrefix("{"),
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String],
            object["message"] == "listening", let name = object["roamwire.listener"], let url = object["url"]
        else { return nil }
        return (name, url)
    }
}
