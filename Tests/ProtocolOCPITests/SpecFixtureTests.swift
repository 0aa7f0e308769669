import Foundation
import Testing

@testable import ProtocolOCPI

/// Objects without an official example, written from the field tables of the spec digest
/// (§7.5, §10.4, §11.3, §12.4, §13.2): they decode strictly, re-encode to the same JSON, are
/// valid and carry no unknown values.
@Suite("Spec fixtures for objects without official examples")
struct SpecFixtureTests {
    private func roundTrip<T: OCPIWireObject>(_ type: T.Type, _ json: String) throws {
        let decoded = try OCPICoding.makeDecoder().decode(T.self, from: Data(json.utf8))
        let reencoded = try JSONValue(parsing: OCPICoding.makeEncoder().encode(decoded))
        #expect(try JSONValue(parsing: Data(json.utf8)).differences(from: reencoded) == [])
        #expect(decoded.validate() == [])
        #expect(decoded.unknownValues() == [])
    }

    private let token = """
        {"country_code": "NL", "party_id": "XYZ", "uid": "04A1B2C3", "type": "RFID", "contract_id": "NL-XYZ-C1",
         "issuer": "XYZ Mobility", "valid": true, "whitelist": "ALLOWED", "last_updated": "2024-05-01T10:00:00Z"}
        """
    private let profile = """
        {"start_date_time": "2024-05-01T10:00:00Z", "duration": 3600, "charging_rate_unit": "A",
         "min_charging_rate": 6.1, "charging_profile_period": [{"start_period": 0, "limit": 32},
         {"start_period": 900, "limit": 16.5}]}
        """

    @Test("commands and their answers")
    func commands() throws {
        let url = "https://emsp.example.com/ocpi/2.2.1/commands/START_SESSION/42"
        try roundTrip(
            OCPIStartSession.self,
            """
            {"response_url": "\(url)", "token": \(token), "location_id": "LOC1", "evse_uid": "LOC1-EVSE1",
             "connector_id": "1", "authorization_reference": "AUTH-1"}
            """)
        try roundTrip(OCPIStopSession.self, #"{"response_url": "\#(url)", "session_id": "SES1"}"#)
        try roundTrip(
            OCPIReserveNow.self,
            """
            {"response_url": "\(url)", "token": \(token), "expiry_date": "2024-05-01T11:00:00Z",
             "reservation_id": "RES1", "location_id": "LOC1", "evse_uid": "LOC1-EVSE1",
             "authorization_reference": "AUTH-2"}
            """)
        try roundTrip(OCPICancelReservation.self, #"{"response_url": "\#(url)", "reservation_id": "RES1"}"#)
        try roundTrip(
            OCPIUnlockConnector.self,
            #"{"response_url": "\#(url)", "location_id": "LOC1", "evse_uid": "LOC1-EVSE1", "connector_id": "1"}"#)
        try roundTrip(
            OCPICommandResponse.self,
            #"{"result": "REJECTED", "timeout": 30, "message": [{"language": "en", "text": "Unknown location"}]}"#)
        try roundTrip(OCPICommandResult.self, #"{"result": "EVSE_OCCUPIED"}"#)
    }

    @Test("charging profiles and their answers")
    func chargingProfiles() throws {
        try roundTrip(OCPIChargingProfile.self, profile)
        try roundTrip(
            OCPISetChargingProfile.self,
            #"{"charging_profile": \#(profile), "response_url": "https://emsp.example.com/cp/1"}"#)
        try roundTrip(
            OCPIActiveChargingProfile.self,
            #"{"start_date_time": "2024-05-01T10:00:00.500Z", "charging_profile": \#(profile)}"#)
        try roundTrip(
            OCPIActiveChargingProfileResult.self,
            #"{"result": "ACCEPTED", "profile": {"start_date_time": "2024-05-01T10:00:00Z", "charging_profile": \#(profile)}}"#
        )
        try roundTrip(OCPIChargingProfileResponse.self, #"{"result": "TOO_OFTEN", "timeout": 10}"#)
        try roundTrip(OCPIChargingProfileResult.self, #"{"result": "UNKNOWN"}"#)
        try roundTrip(OCPIClearProfileResult.self, #"{"result": "REJECTED"}"#)
    }

    @Test("tokens: real-time authorization")
    func authorization() throws {
        try roundTrip(OCPILocationReferences.self, #"{"location_id": "LOC1", "evse_uids": ["E1", "E2"]}"#)
        try roundTrip(
            OCPIAuthorizationInfo.self,
            """
            {"allowed": "NOT_ALLOWED", "token": \(token), "location": {"location_id": "LOC1", "evse_uids": ["E1"]},
             "authorization_reference": "AUTH-3", "info": {"language": "en", "text": "Not here"}}
            """)
    }

    @Test("sessions: charging preferences and their answer")
    func chargingPreferences() throws {
        try roundTrip(
            OCPIChargingPreferences.self,
            """
            {"profile_type": "GREEN", "departure_time": "2024-05-01T18:00:00Z", "energy_need": 32.5,
             "discharge_allowed": false}
            """)
        let answer = try OCPICoding.makeDecoder().decode(
            OCPIChargingPreferencesResponse.self, from: Data(#""DEPARTURE_REQUIRED""#.utf8))
        #expect(answer == .departureRequired)
    }

    @Test("hub client info")
    func clientInfo() throws {
        try roundTrip(
            OCPIClientInfo.self,
            #"{"party_id": "XYZ", "country_code": "NL", "role": "EMSP", "status": "CONNECTED", "last_updated": "2024-05-01T10:00:00Z"}"#
        )
    }
}
