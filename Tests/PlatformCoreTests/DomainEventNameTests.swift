import PlatformCore
import RoamwireTesting
import Testing

/// `DomainEvent.names` lists exactly the names events have, so filters can be validated.
@Suite struct DomainEventNameTests {
    @Test func namesListEveryEventAndNothingElse() throws {
        let events: [DomainEvent] = [
            .locationChanged(DomainSamples.location()),
            .tariffChanged(DomainSamples.tariff()),
            .tariffDeleted(party: DomainSamples.cpoParty, id: "AC-REG"),
            .tokenChanged(DomainSamples.token()),
            .sessionChanged(DomainSamples.session()),
            .cdrCreated(DomainSamples.cdr()),
            .commandChanged(try #require(DomainSamples.commands().first)),
            .reservationChanged(DomainSamples.reservation()),
            .chargingProfileChanged(DomainSamples.chargingProfile()),
            .partnerChanged(DomainSamples.partner()),
            .partnerRemoved("partner-b"),
            .partyStatusChanged(
                PartyStatus(
                    party: DomainSamples.emspParty, role: .emsp, connection: .connected, reportedBy: nil,
                    lastUpdated: DomainSamples.referenceDate)),
        ]
        #expect(Set(events.map(\.name)) == DomainEvent.names)
        #expect(events.count == DomainEvent.names.count)
    }
}
