import AsyncHTTPClient
import Logging
public import PlatformCore

/// Example integrator plugin: POSTs domain events as JSON to a URL. Deliveries go through the
/// durable outbox, so events are not lost while the receiver is down and arrive in order per
/// object.
struct WebhookPlugin: Plugin {}

extension PluginFactory {
    /// `webhook`: POSTs domain events to a URL (see ``WebhookConfiguration`` for its keys).
    public static let webhook = PluginFactory(
        id: "webhook", summary: "POSTs domain events as JSON to a URL, through the outbox",
        configuration: WebhookConfiguration.self, validate: { $0.problems() }
    ) { configuration, context in
        context.ports.add(
            WebhookPlanner(url: configuration.url, events: configuration.events.map(Set.init)), to: .outboxPlanners)
        try context.ports.register(
            WebhookDeliverer(
                client: .shared, authorization: configuration.authorization, timeoutMilliseconds: configuration.timeout),
            for: .outboxDeliverer(channel: WebhookPlanner.channel))
        context.logger.info("webhook enabled", metadata: ["webhook.url": "\(configuration.url)"])
        return WebhookPlugin()
    }
}
