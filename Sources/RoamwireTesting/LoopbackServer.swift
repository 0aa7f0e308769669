public import Hummingbird
import Logging
import ServiceLifecycle

/// Runs `router` as a real HTTP server on 127.0.0.1 (port chosen by the system) for the duration
/// of `body`, handing it the port, then shuts the server down gracefully: no connection is left
/// half-accepted when the test moves on.
/// - Parameters:
///   - beforeStopping: runs before the shutdown starts, e.g. to release requests a test server
///     holds open on purpose.
/// - Throws: ``TestSupportError`` or the server's error when it cannot start; whatever `body` throws.
public func withLoopbackServer<Result>(
    _ router: Router<BasicRequestContext>, beforeStopping: @escaping @Sendable () -> Void = {},
    _ body: (_ port: Int) async throws -> Result
) async throws -> Result {
    let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
    let app = Application(
        router: router,
        configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in
            if let port = channel.localAddress?.port { portContinuation.yield(port) }
            portContinuation.finish()
        },
        logger: .quiet)
    let services = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: .quiet))
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask {
            defer { portContinuation.finish() }
            try await services.run()
        }
        guard let port = await ports.first(where: { _ in true }) else {
            _ = try await tasks.next()
            throw TestSupportError("the test server did not start")
        }
        let result: Swift.Result<Result, any Error>
        do {
            result = .success(try await body(port))
        } catch {
            result = .failure(error)
        }
        beforeStopping()
        await services.triggerGracefulShutdown()
        try await tasks.waitForAll()
        return try result.get()
    }
}
