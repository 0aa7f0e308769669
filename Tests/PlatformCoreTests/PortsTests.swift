import PlatformCore
import Testing

/// A port declared only for these tests.
protocol Greeter: Sendable {
    var name: String { get }
}

extension PortKey where Port == any Greeter {
    static var greeter: Self { .init(name: "test.greeter") }
    static var greeters: Self { .init(name: "test.greeters") }
}

struct NamedGreeter: Greeter {
    let name: String
}

@Suite("Ports")
struct PortsTests {
    @Test("a second registration for a single-implementation port throws and keeps the first")
    func registerTwiceThrows() throws {
        let ports = Ports()
        try ports.register(NamedGreeter(name: "first"), for: .greeter)
        let error = #expect(throws: PortError.self) {
            try ports.register(NamedGreeter(name: "second"), for: .greeter)
        }
        #expect(error?.reason.contains("test.greeter") == true)
        #expect(ports.resolve(.greeter)?.name == "first")
        #expect(ports.resolveAll(.greeter).map(\.name) == ["first"])
    }

    @Test("register refuses a port that already has implementations added")
    func registerAfterAddThrows() {
        let ports = Ports()
        ports.add(NamedGreeter(name: "added"), to: .greeter)
        #expect(throws: PortError.self) {
            try ports.register(NamedGreeter(name: "registered"), for: .greeter)
        }
    }

    @Test("add keeps every implementation, and resolveAll returns them in registration order")
    func addKeepsOrder() throws {
        let ports = Ports()
        for name in ["a", "b", "c", "d"] {
            ports.add(NamedGreeter(name: name), to: .greeters)
        }
        #expect(ports.resolveAll(.greeters).map(\.name) == ["a", "b", "c", "d"])
        #expect(ports.resolve(.greeters)?.name == "a")
    }

    @Test("resolving a key nobody registered gives nil and an empty list")
    func unregisteredKey() throws {
        let ports = Ports()
        try ports.register(NamedGreeter(name: "other"), for: .greeters)
        #expect(ports.resolve(.greeter) == nil)
        #expect(ports.resolveAll(.greeter).isEmpty)
        #expect(ports.resolve(.networkPublisher) == nil)
        #expect(ports.resolveAll(.outboxPlanners).isEmpty)
    }

    @Test("outbox deliverer keys are per channel: one registration per channel, no collisions")
    func delivererKeysPerChannel() throws {
        let ports = Ports()
        let webhook = RecordingDeliverer()
        let ocpi = RecordingDeliverer()
        try ports.register(webhook, for: .outboxDeliverer(channel: "webhook"))
        try ports.register(ocpi, for: .outboxDeliverer(channel: "ocpi"))
        #expect(ports.resolve(.outboxDeliverer(channel: "webhook")) as? RecordingDeliverer === webhook)
        #expect(ports.resolve(.outboxDeliverer(channel: "ocpi")) as? RecordingDeliverer === ocpi)
        #expect(ports.resolve(.outboxDeliverer(channel: "oicp")) == nil)
        #expect(throws: PortError.self) {
            try ports.register(RecordingDeliverer(), for: .outboxDeliverer(channel: "webhook"))
        }
    }
}
