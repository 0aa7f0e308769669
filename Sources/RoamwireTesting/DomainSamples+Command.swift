public import Foundation
public import PlatformCore

extension DomainSamples {
    /// A command of `kind` with every field set (also those the kind does not use).
    public static func command(
        kind: CommandKind = .startSession, id: String = "6F1C2E4A-8B3D-4C5E-9F70-1A2B3C4D5E6F",
        requester: PartyID = emspParty, route: CommandRoute = .ocpiPartner("partner-b"),
        state: CommandState = .succeeded, lastUpdated: Date = referenceDate
    ) -> Command {
        Command(
            id: id, kind: kind, requester: requester, cpo: cpoParty, route: route, sourcePartner: "partner-c",
            resultCallback: "https://emsp.example.com/ocpi/2.2.1/commands/\(kind.rawValue)/\(id)", locationID: "LOC1",
            evseUID: "LOC1-EVSE1", connectorID: "1", sessionID: "SES1", reservationID: "RES1",
            token: token(party: requester), expiryDate: date("2026-03-01T09:00:00Z"),
            authorizationReference: "AUTH-0002", state: state, outcome: .accepted,
            resultMessage: "Charger accepted the request", createdAt: referenceDate.addingTimeInterval(-30),
            timeoutAt: referenceDate.addingTimeInterval(90), resolvedAt: referenceDate, lastUpdated: lastUpdated)
    }

    /// Every command kind on every route, with ids `CMD-<n>` and states cycling through all
    /// ``CommandState`` values.
    public static func commands(requester: PartyID = emspParty) -> [Command] {
        let routes: [CommandRoute] = [.ownNetwork, .ocpiPartner("partner-b"), .oicpHub]
        var result: [Command] = []
        for kind in CommandKind.allCases {
            for route in routes {
                let state = CommandState.allCases[result.count % CommandState.allCases.count]
                result.append(
                    command(kind: kind, id: "CMD-\(result.count)", requester: requester, route: route, state: state))
            }
        }
        return result
    }

    /// An active reservation of one EVSE.
    public static func reservation(
        party: PartyID = emspParty, id: String = "RES1", lastUpdated: Date = referenceDate
    ) -> Reservation {
        Reservation(
            party: party, id: id, cpo: cpoParty, locationID: "LOC1", evseUID: "LOC1-EVSE1", token: token(party: party),
            expiryDate: date("2026-03-01T09:00:00Z"), status: .active, authorizationReference: "AUTH-0003",
            sessionID: "SES-R1", lastUpdated: lastUpdated)
    }

    /// A three-step charging profile in amperes.
    public static func chargingProfile(
        party: PartyID = cpoParty, sessionID: String = "SES1", lastUpdated: Date = referenceDate
    ) -> ChargingProfile {
        ChargingProfile(
            party: party, sessionID: sessionID, requester: emspParty, chargingRateUnit: .amperes,
            startDateTime: date("2026-03-01T07:05:00Z"), duration: 3_600, minChargingRate: decimal("6.1"),
            periods: [
                ChargingProfilePeriod(startPeriod: 0, limit: decimal("32")),
                ChargingProfilePeriod(startPeriod: 900, limit: decimal("16.5")),
                ChargingProfilePeriod(startPeriod: 1_800, limit: decimal("6.1")),
            ],
            lastUpdated: lastUpdated)
    }
}
