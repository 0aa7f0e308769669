public import Foundation
public import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A real webhook receiver: a Hummingbird server on 127.0.0.1 with an OS-chosen port, running
/// for the duration of ``withReceiver(_:)``. It records every request and answers by path:
///
/// - `POST /status/{code}` answers `code`;
/// - `POST /flaky/{failures}` answers 500 to the first `failures` requests on that path and 200
///   afterwards (for retries);
/// - `POST /hang` answers only when the receiver stops (for timeouts).
///
/// ```swift
/// try await WebhookReceiver.withReceiver { url, receiver in
///     // point the code under test at "\(url)/flaky/2", then:
///     let requests = try await receiver.waitForRequests(count: 3)
///     #expect(requests.map(\.status) == [500, 500, 200])
/// }
/// ```
public final class WebhookReceiver: Sendable {
    /// One request as the receiver saw it, with the status it answered.
    public struct Received: Sendable {
        /// The request's path, such as `/status/200`.
        public let path: String
        /// The request's header fields.
        public let headers: HTTPFields
        /// The request's body.
        public let body: Data
        /// The status code the receiver answered (`/hang` answers 200 when the receiver stops).
        public let status: Int

        /// The body as UTF-8 text.
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// The receiver did not start: its server ended before it bound a port.
    private let received = Mutex<[Received]>([])
    private let (stopped, stop) = AsyncStream.makeStream(of: Never.self)

    private init() {}

    /// Every request so far, in arrival order.
    public var requests: [Received] { received.withLock { $0 } }

    /// Runs a receiver for the duration of `body`, handing it the receiver's base URL
    /// (`http://127.0.0.1:<port>`) and the receiver; stops the server before returning.
    /// - Throws: ``TestSupportError`` or the server's error when it cannot start; whatever
    ///   `body` throws.
    public static func withReceiver<T>(_ body: (String, WebhookReceiver) async throws -> T) async throws -> T {
        let receiver = WebhookReceiver()
        return try await withLoopbackServer(receiver.router(), beforeStopping: { receiver.stop.finish() }) { port in
            try await body("http://127.0.0.1:\(port)", receiver)
        }
    }

    /// The base URL of a port where nothing listens any more: a receiver was started there
    /// and stopped.
    public static func closedPortURL() async throws -> String {
        try await withReceiver { url, _ in url }
    }

    /// Waits until at least `count` requests have arrived, counting only those on `path` when
    /// given, and returns those requests in arrival order.
    ///
    /// The wait is bounded: when `timeout` passes first, it returns the requests so far, so
    /// check the count of the result.
    /// - Parameters:
    ///   - count: How many requests to wait for.
    ///   - path: Only requests with this path count, such as `/flaky/2`; `nil` counts all.
    ///   - timeout: The longest time to wait.
    /// - Throws: `CancellationError` when the task is cancelled.
    public func waitForRequests(
        count: Int, path: String? = nil, timeout: Duration = .seconds(15)
    ) async throws -> [Received] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let matching = requests.filter { path == nil || $0.path == path }
            if matching.count >= count || ContinuousClock.now >= deadline { return matching }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    private func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("status/{code}") { request, context -> Response in
            let code = try context.parameters.require("code", as: Int.self)
            return Response(status: try await self.record(request) { _ in code })
        }
        router.post("flaky/{failures}") { request, context -> Response in
            let failures = try context.parameters.require("failures", as: Int.self)
            return Response(status: try await self.record(request) { earlier in earlier < failures ? 500 : 200 })
        }
        router.post("hang") { request, _ -> Response in
            _ = try await self.record(request) { _ in 200 }
            for await _ in self.stopped {}
            return Response(status: .ok)
        }
        return router
    }

    /// Records `request` with the status code `answer` picks from the number of earlier requests
    /// on the same path, and returns that status. Counting and recording happen under one lock,
    /// so concurrent requests each see a distinct count.
    private func record(
        _ request: Request, answer: (_ earlier: Int) -> Int
    ) async throws -> HTTPResponse.Status {
        var request = request
        let body = Data(try await request.collectBody(upTo: 1 << 20).readableBytesView)
        let path = request.uri.path
        let headers = request.headers
        return received.withLock { received in
            let status = answer(received.count { $0.path == path })
            received.append(Received(path: path, headers: headers, body: body, status: status))
            return HTTPResponse.Status(code: status)
        }
    }
}
