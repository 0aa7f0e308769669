import Foundation
import PlatformCore

/// Turns every domain event (or the configured subset) into one outbox message for the webhook
/// URL, keyed by the object so that events about one object arrive in order.
struct WebhookPlanner: OutboxPlanner {
    static let channel = "webhook"

    let url: String
    let events: Set<String>?

    func outboxMessages(for event: DomainEvent) async throws -> [OutboxMessage] {
        if let events, !events.contains(event.name) { return [] }
        return [
            OutboxMessage(
                channel: Self.channel, destination: url, orderingKey: event.objectKey,
                payload: try DocumentCoding.makeEncoder().encode(event))
        ]
    }
}
