import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A real HTTP server in the test process that records what a webhook POSTs to it. It answers
/// 500 to the first `failures` requests, then 200.
final class WebhookReceiver: Sendable {
    private struct State {
        var failuresLeft: Int
        var received: [String] = []
        var attempts = 0
    }

    private let state: Mutex<State>
    private let port = Mutex<Int?>(nil)
    private let task = Mutex<Task<Void, any Error>?>(nil)

    init(failures: Int = 0) {
        state = Mutex(State(failuresLeft: failures))
    }

    /// Bodies answered with 200, in arrival order.
    var received: [String] { state.withLock { $0.received } }
    /// Requests received, failed ones included.
    var attempts: Int { state.withLock { $0.attempts } }

    /// Starts the server and returns its URL.
    func start() async throws -> String {
        let router = Router()
        router.post("events") { [self] request, _ -> HTTPResponse.Status in
            let body = String(buffer: try await request.body.collect(upTo: 1 << 20))
            return state.withLock { state in
                state.attempts += 1
                if state.failuresLeft > 0 {
                    state.failuresLeft -= 1
                    return .internalServerError
                }
                state.received.append(body)
                return .ok
            }
        }
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { [self] channel in port.withLock { $0 = channel.localAddress?.port } },
            logger: Logger(label: "webhook-receiver"))
        task.withLock { $0 = Task { try await app.run() } }
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if let port = port.withLock({ $0 }) { return "http://127.0.0.1:\(port)/events" }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw CancellationError()
    }

    /// Waits until `count` bodies were received (bounded).
    func waitForDeliveries(_ count: Int, timeout: Duration = .seconds(15)) async throws -> [String] {
        let deadline = ContinuousClock.now + timeout
        while received.count < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        return received
    }

    func stop() {
        task.withLock { $0?.cancel() }
    }
}
