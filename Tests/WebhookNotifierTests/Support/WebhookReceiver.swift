import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A real webhook receiver: a Hummingbird server on 127.0.0.1 with an OS-chosen port.
///
/// `POST /status/{code}` records the request and answers `code`; `POST /hang` records the
/// request and answers only when the receiver is stopped (for timeouts).
final class WebhookReceiver: Sendable {
    /// One request as the receiver saw it.
    struct Received: Sendable {
        let path: String
        let headers: HTTPFields
        let body: Data
    }

    private let received = Mutex<[Received]>([])
    private let (stopped, stop) = AsyncStream.makeStream(of: Never.self)

    /// Every request so far, in arrival order.
    var requests: [Received] { received.withLock { $0 } }

    /// Runs a receiver for the duration of `body`, handing it the receiver's base URL
    /// (`http://127.0.0.1:<port>`); stops the server before returning.
    static func withReceiver<T>(_ body: (String, WebhookReceiver) async throws -> T) async throws -> T {
        let receiver = WebhookReceiver()
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: receiver.router(),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { portContinuation.yield(port) }
                portContinuation.finish()
            },
            logger: quietLogger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { portContinuation.finish() }
                try await app.runService(gracefulShutdownSignals: [])
            }
            defer {
                receiver.stop.finish()
                group.cancelAll()
            }
            guard let port = await ports.first(where: { _ in true }) else {
                _ = try await group.next()  // the server failed to start: surface its error
                throw ReceiverDidNotStart()
            }
            return try await body("http://127.0.0.1:\(port)", receiver)
        }
    }

    /// The base URL of a port where nothing listens any more: a receiver was started there
    /// and stopped.
    static func closedPortURL() async throws -> String {
        try await withReceiver { url, _ in url }
    }

    struct ReceiverDidNotStart: Error {}

    private static var quietLogger: Logger {
        var logger = Logger(label: "webhook-receiver")
        logger.logLevel = .critical
        return logger
    }

    private func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("status/{code}") { request, context -> Response in
            let code = try context.parameters.require("code", as: Int.self)
            try await self.record(request)
            return Response(status: HTTPResponse.Status(code: code))
        }
        router.post("hang") { request, _ -> Response in
            try await self.record(request)
            for await _ in self.stopped {}
            return Response(status: .ok)
        }
        return router
    }

    private func record(_ request: Request) async throws {
        var request = request
        let body = try await request.collectBody(upTo: 1 << 20)
        let entry = Received(path: request.uri.path, headers: request.headers, body: Data(body.readableBytesView))
        received.withLock { $0.append(entry) }
    }
}
