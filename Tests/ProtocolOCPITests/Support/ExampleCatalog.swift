import Foundation
import Testing

@testable import ProtocolOCPI

/// How each official example file is read: its wire type and shape, the violations
/// `validate()` must find, and, for the files the examples README lists as defective, the
/// defect strict decoding must trip over and the repair that makes the rest checkable.
enum ExampleCatalog {
    /// The JSON shape of an example.
    enum Shape {
        /// One object.
        case object(any OCPIWireObject.Type)
        /// A JSON array of objects.
        case array(any OCPIWireObject.Type)
        /// A response envelope around one object.
        case envelope(any OCPIWireObject.Type)
        /// A response envelope around an array.
        case envelopeArray(any OCPIWireObject.Type)
    }

    /// A documented defect of an official example.
    struct Defect {
        /// A field the decoding error must name.
        var field: String
        /// Turns the file into what the spec intended.
        var repair: (inout JSONValue) -> Void
    }

    /// What is expected of one example.
    struct Expectation {
        var shape: Shape
        var violations: [String] = []
        var defect: Defect?
    }

    /// What came out of decoding and re-encoding an example.
    struct Outcome {
        /// The re-encoded JSON.
        var json: Data
        /// Descriptions of the violations found.
        var violations: [String]
        /// Unknown enum values reported.
        var unknowns: [String]
    }

    /// Every official example by file name.
    static var expectations: [String: Expectation] {
        var table: [String: Expectation] = [:]
        let fragment = ["last_updated: is required in a PATCH"]
        table["cdr_example"] = Expectation(shape: .object(OCPICDR.self))
        for number in 1...4 {
            let name = number == 1 ? "credentials_example" : "credentials_example\(number)"
            table[name] = Expectation(shape: .object(OCPICredentials.self))
        }
        for name in ["complete", "energy_provider", "simple"] {
            table["location_energymix_example_\(name)"] = Expectation(
                shape: .object(OCPILocationPatch.self), violations: fragment)
        }
        for name in [
            "location_example", "location_example_parking_garage_opening_hours",
            "location_example_uc2_destination_charger", "location_example_uc3_destination_charger_not_published",
            "location_example_uc4_limited_visibility", "location_example_uc5_home_charge_point",
        ] {
            table[name] = Expectation(shape: .object(OCPILocation.self))
        }
        for name in [
            "location_hours_247_open_exception_closing", "location_hours_opening_hours_with_exceptional_closing",
            "location_hours_opening_hours_with_exceptional_opening",
        ] {
            table[name] = Expectation(shape: .object(OCPIHours.self))
        }
        table["location_patch_example_location"] = Expectation(shape: .object(OCPILocationPatch.self))
        table["location_patch_example_remove_evse"] = Expectation(shape: .object(OCPIEVSEPatch.self))
        table["location_patch_example_status"] = Expectation(shape: .object(OCPIEVSEPatch.self))
        table["location_patch_example_tariff"] = Expectation(shape: .object(OCPIConnectorPatch.self))
        table["location_put_example_add_evse"] = Expectation(
            shape: .object(OCPIEVSE.self), defect: Defect(field: "power_type", repair: repairAddEVSE))
        table["location_regularhours_example"] = Expectation(
            shape: .object(OCPILocationPatch.self), violations: fragment)
        for name in ["session_example_1_simple_start", "session_example_2_short_finished"] {
            table[name] = Expectation(shape: .object(OCPISession.self))
        }
        for name in ["session_patch_example_charging_period", "session_patch_example_total_cost"] {
            table[name] = Expectation(shape: .object(OCPISessionPatch.self))
        }
        for name in [
            "tariff_10_025kwh_parking_start", "tariff_11_not_possible_alt_text", "tariff_12_025kwh_min_price",
            "tariff_13_simple_3hour_5parking", "tariff_14_step_size", "tariff_15_reservation_5_euro_per_hour",
            "tariff_16_reservation_2_euro_fee_5_euro_per_hour", "tariff_17_reservation_with_expire_fee",
            "tariff_18_reservation_with_expire_time", "tariff_1_simple_2hour", "tariff_2_alt_text", "tariff_3_alt_url",
            "tariff_4_complex", "tariff_5_free_of_charge", "tariff_6_025kwh_start_max_price", "tariff_8_simple_025kwh",
            "tariff_9_025kwh_start", "tariffrestriction_example_max_duration", "tariffrestriction_example_max_power",
        ] {
            table[name] = Expectation(shape: .object(OCPITariff.self))
        }
        table["tariff_put_example"] = Expectation(
            shape: .object(OCPITariff.self),
            defect: Defect(field: "last_updated") { $0["last_updated"] = .string("2019-06-24T12:39:09Z") })
        for name in ["token_example_1_app_user", "token_example_2_full_rfid", "token_put_example"] {
            table[name] = Expectation(shape: .object(OCPIToken.self))
        }
        table["token_patch_example"] = Expectation(shape: .object(OCPITokenPatch.self))
        table["transport_and_format_get_token_example"] = Expectation(shape: .envelope(OCPIToken.self))
        table["transport_and_format_get_token_list_example"] = Expectation(shape: .envelopeArray(OCPIToken.self))
        table["transport_and_format_version_details_example"] = Expectation(shape: .envelope(OCPIVersionDetails.self))
        table["transport_and_format_version_info_example"] = Expectation(shape: .envelopeArray(OCPIVersion.self))
        table["type_displaytext_example"] = Expectation(shape: .object(OCPIDisplayText.self))
        for name in ["version_details_example", "version_details_example2"] {
            table[name] = Expectation(shape: .object(OCPIVersionDetails.self))
        }
        table["versions_info_example"] = Expectation(shape: .array(OCPIVersion.self))
        return Dictionary(uniqueKeysWithValues: table.map { ("\($0.key).json", $0.value) })
    }

    /// Decodes `data` strictly as `shape` with ``OCPICoding``, validates and re-encodes it.
    static func decode(_ shape: Shape, data: Data) throws -> Outcome {
        switch shape {
        case .object(let type): try object(type, data)
        case .array(let type): try array(type, data)
        case .envelope(let type): try envelope(type, data)
        case .envelopeArray(let type): try envelopeArray(type, data)
        }
    }

    private static func object<T: OCPIWireObject>(_ type: T.Type, _ data: Data) throws -> Outcome {
        let value = try OCPICoding.makeDecoder().decode(T.self, from: data)
        return Outcome(
            json: try OCPICoding.makeEncoder().encode(value), violations: value.validate().map(\.description),
            unknowns: value.unknownValues())
    }

    private static func array<T: OCPIWireObject>(_ type: T.Type, _ data: Data) throws -> Outcome {
        let values = try OCPICoding.makeDecoder().decode([T].self, from: data)
        return Outcome(
            json: try OCPICoding.makeEncoder().encode(values),
            violations: values.flatMap { $0.validate().map(\.description) },
            unknowns: values.flatMap { $0.unknownValues() })
    }

    private static func envelope<T: OCPIWireObject>(_ type: T.Type, _ data: Data) throws -> Outcome {
        let envelope = try OCPICoding.makeDecoder().decode(TestEnvelope<T>.self, from: data)
        let value = try #require(envelope.data)
        return Outcome(
            json: try OCPICoding.makeEncoder().encode(envelope), violations: value.validate().map(\.description),
            unknowns: value.unknownValues())
    }

    private static func envelopeArray<T: OCPIWireObject>(_ type: T.Type, _ data: Data) throws -> Outcome {
        let envelope = try OCPICoding.makeDecoder().decode(TestEnvelope<[T]>.self, from: data)
        let values = try #require(envelope.data)
        return Outcome(
            json: try OCPICoding.makeEncoder().encode(envelope),
            violations: values.flatMap { $0.validate().map(\.description) },
            unknowns: values.flatMap { $0.unknownValues() })
    }

    /// `location_put_example_add_evse.json` as the spec meant it: the connector gets its
    /// required `power_type`, `max_voltage`, `max_amperage` and `last_updated`; `floor` becomes
    /// the string `floor_level`; `physical_reference` becomes a string.
    private static func repairAddEVSE(_ json: inout JSONValue) {
        json["connectors"]?[0]?["power_type"] = .string("AC_3_PHASE")
        json["connectors"]?[0]?["max_voltage"] = .number(230)
        json["connectors"]?[0]?["max_amperage"] = .number(16)
        json["connectors"]?[0]?["last_updated"] = .string("2019-06-24T12:39:09Z")
        json["floor"] = nil
        json["floor_level"] = .string("-1")
        json["physical_reference"] = .string("3")
    }
}
