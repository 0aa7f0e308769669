import PlatformCore
import RoamwireTesting
import Testing

@Suite("EventBus")
struct EventBusTests {
    let first = DomainEvent.tariffDeleted(party: DomainSamples.cpoParty, id: "T1")
    let second = DomainEvent.partnerRemoved("partner-b")
    let third = DomainEvent.locationChanged(DomainSamples.location())

    @Test("every subscriber receives a published event")
    func twoSubscribersBothReceive() async {
        let bus = EventBus()
        var one = bus.subscribe().makeAsyncIterator()
        var two = bus.subscribe().makeAsyncIterator()
        bus.publish(first)
        bus.publish(second)
        #expect(await one.next() == first)
        #expect(await one.next() == second)
        #expect(await two.next() == first)
        #expect(await two.next() == second)
    }

    @Test("a subscriber hears only what is published after it subscribed")
    func onlyLaterEvents() async {
        let bus = EventBus()
        bus.publish(first)
        var late = bus.subscribe().makeAsyncIterator()
        bus.publish(second)
        #expect(await late.next() == second)
    }

    @Test("a dropped subscription stops receiving while the others go on")
    func droppedSubscription() async throws {
        let bus = EventBus()
        var kept = bus.subscribe().makeAsyncIterator()
        _ = bus.subscribe()  // dropped at once: publishing to it must not crash

        let (received, receivedContinuation) = AsyncStream.makeStream(of: DomainEvent.self)
        let stream = bus.subscribe()
        let consumer = Task {
            var heard: [DomainEvent] = []
            for await event in stream {
                heard.append(event)
                receivedContinuation.yield(event)
            }
            return heard
        }
        bus.publish(first)
        var receivedIterator = received.makeAsyncIterator()
        #expect(await receivedIterator.next() == first)

        consumer.cancel()  // the consumer goes away: its stream ends
        let heard = await consumer.value
        bus.publish(second)
        bus.publish(third)

        #expect(heard == [first])
        #expect(await kept.next() == first)
        #expect(await kept.next() == second)
        #expect(await kept.next() == third)
    }

    @Test("finish ends every subscription after its buffered events")
    func finishEndsStreams() async {
        let bus = EventBus()
        var one = bus.subscribe().makeAsyncIterator()
        var two = bus.subscribe().makeAsyncIterator()
        bus.publish(first)
        bus.finish()
        bus.publish(second)  // after finish: nobody hears it, nothing crashes
        #expect(await one.next() == first)
        #expect(await one.next() == nil)
        #expect(await two.next() == first)
        #expect(await two.next() == nil)
    }

    @Test("a subscriber that falls behind its buffer loses the oldest events")
    func slowSubscriberLosesOldest() async {
        let bus = EventBus()
        let stream = bus.subscribe(buffer: 2)
        bus.publish(first)
        bus.publish(second)
        bus.publish(third)
        bus.finish()
        var heard: [DomainEvent] = []
        for await event in stream { heard.append(event) }
        #expect(heard == [second, third])
    }
}
