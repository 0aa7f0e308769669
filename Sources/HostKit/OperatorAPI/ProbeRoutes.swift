import Foundation
import Hummingbird
import Logging
import PlatformCore
import PlatformHTTP
import Prometheus

/// `GET /health` (the process answers), `GET /ready` (store reachable, migrations current) and
/// `GET /metrics` (Prometheus text; behind the API key).
struct ProbeRoutes {
    let store: any Store
    let metrics: PrometheusCollectorRegistry

    func add(to routers: ListenerRouters) {
        let router = routers.operatorRoot
        router.get("health") { _, _ in
            try JSONBody.response(["status": "ok"])
        }
        router.get("ready") { _, _ in
            let readiness = await store.readiness()
            return try JSONBody.response(
                ReadyBody(status: readiness.isReady ? "ready" : "not_ready", store: readiness),
                status: readiness.isReady ? .ok : .serviceUnavailable)
        }
        routers.operatorProtected.get("metrics") { _, context in
            do {
                metrics.makeGauge(
                    descriptor: .init(
                        namespace: "roamwire", metricName: "outbox", unitName: "depth",
                        helpText: "Outbox messages not yet delivered")
                ).set(Double(try await store.outboxDepth()))
            } catch {
                context.logger.warning("outbox depth unavailable for metrics", metadata: ["error": "\(error)"])
            }
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: metrics.emitToBuffer())))
        }
    }

    private struct ReadyBody: Encodable {
        var status: String
        var store: StoreReadiness
    }
}
