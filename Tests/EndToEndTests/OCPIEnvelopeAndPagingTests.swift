import AsyncHTTPClient
import Foundation
import Logging
import NIOHTTP1
import PlatformCore
import RoamwireTesting
import Testing

@testable import ProtocolOCPI

/// The OCPI response envelope (§2.5), status codes (§2.6) and pagination (§2.7) at the wire, on
/// the hubclientinfo Sender list of a host whose store was seeded with many party statuses, and
/// the client side of pagination (`OCPIClient.all`) against it; malformed and oversized request
/// bodies on credentials and hubclientinfo.
@Suite struct OCPIEnvelopeAndPagingTests {
    // MARK: Pagination, server side

    @Test func firstPageCarriesTotalServerLimitAndAnAbsoluteNextLink() async throws {
        let directory = try TemporaryDirectory()
        try await withTestClient { client in
            let fixture = try await PagingFixture.start(in: directory, client: client)
            defer { fixture.host.host.process.stop() }

            let first = try await fixture.page("\(fixture.host.hubClientInfoURL)?limit=7", client: client)
            #expect(first.keys == Array(fixture.expectedKeys.prefix(7)))
            #expect(first.response.headers["X-Total-Count"] == ["\(fixture.expectedKeys.count)"])
            #expect(first.response.headers["X-Limit"] == ["100"])
            let link = try #require(PagingFixture.nextLink(first.response), "\(first.response.headers)")
            #expect(link.hasPrefix("\(fixture.host.hubClientInfoURL)?"), "absolute next link: \(link)")
            let query = PagingFixture.query(link)
            #expect(query["offset"] == "7" && query["limit"] == "7", "\(link)")
            #expect(query["date_from"] == nil && query["date_to"] == nil, "no filters were asked for: \(link)")

            // Each item is a complete ClientInfo.
            let envelope = try #require(first.response.json)
            for item in try #require(envelope["data"] as? [[String: Any]]) {
                #expect(Set(item.keys) == ["country_code", "party_id", "role", "status", "last_updated"], "\(item)")
                #expect((item["last_updated"] as? String).map(RouteAuthWire.isRFC3339) == true, "\(item)")
            }
            #expect(try await fixture.host.shutdown() == 0)
        }
    }

    @Test func followingEveryLinkYieldsEachItemExactlyOnce() async throws {
        let directory = try TemporaryDirectory()
        try await withTestClient { client in
            let fixture = try await PagingFixture.start(in: directory, client: client)
            defer { fixture.host.host.process.stop() }

            let pages = try await fixture.crawl(from: "\(fixture.host.hubClientInfoURL)?limit=7", client: client)
            #expect(pages.map(\.keys.count) == [7, 7, 7, 3])
            #expect(pages.flatMap(\.keys) == fixture.expectedKeys)
            for page in pages {
                #expect(page.response.headers["X-Total-Count"] == ["\(fixture.expectedKeys.count)"])
                #expect(page.response.headers["X-Limit"] == ["100"])
            }
            #expect(pages.last.map { PagingFixture.nextLink($0.response) == nil } == true, "the last page has no Link")

            // Without limit the server's maximum applies: everything in one page, no Link.
            let all = try await fixture.page(fixture.host.hubClientInfoURL, client: client)
            #expect(all.keys == fixture.expectedKeys)
            #expect(PagingFixture.nextLink(all.response) == nil)
            #expect(try await fixture.host.shutdown() == 0)
        }
    }

    @Test func dateFromIsInclusiveDateToExclusiveAndLinksRepeatBoth() async throws {
        let directory = try TemporaryDirectory()
        try await withTestClient { client in
            let fixture = try await PagingFixture.start(in: directory, client: client)
            defer { fixture.host.host.process.stop() }
            let url = fixture.host.hubClientInfoURL
            let seededKeys = Array(fixture.expectedKeys.prefix(PagingFixture.seededCount))

            // [T5, T15): items 5 to 14, three per page, the window repeated in every Link.
            let window = "date_from=\(fixture.timestamp(5))&date_to=\(fixture.timestamp(15))"
            let pages = try await fixture.crawl(from: "\(url)?\(window)&limit=3", client: client)
            #expect(pages.flatMap(\.keys) == Array(seededKeys[5..<15]))
            #expect(pages.map(\.keys.count) == [3, 3, 3, 1])
            for page in pages {
                #expect(page.response.headers["X-Total-Count"] == ["10"])
                guard let link = PagingFixture.nextLink(page.response) else { continue }
                #expect(link.hasPrefix("\(url)?"), "\(link)")
                let query = PagingFixture.query(link)
                #expect(query["date_from"].flatMap(Timestamp.parse) == fixture.seeded[5].lastUpdated, "\(link)")
                #expect(query["date_to"].flatMap(Timestamp.parse) == fixture.seeded[15].lastUpdated, "\(link)")
                #expect(query["limit"] == "3", "\(link)")
            }

            // Single boundaries.
            let exactlyOne = try await fixture.page(
                "\(url)?date_from=\(fixture.timestamp(5))&date_to=\(fixture.timestamp(6))", client: client)
            #expect(exactlyOne.keys == [seededKeys[5]])
            let before = try await fixture.page("\(url)?date_to=\(fixture.timestamp(5))", client: client)
            #expect(before.keys == Array(seededKeys[0..<5]))
            #expect(before.response.headers["X-Total-Count"] == ["5"])
            let from = try await fixture.page("\(url)?date_from=\(fixture.timestamp(20))", client: client)
            #expect(from.keys == Array(seededKeys[20...]) + [PagingFixture.hubKey])
            let empty = try await fixture.page("\(url)?date_to=\(fixture.timestamp(0))", client: client)
            #expect(empty.keys.isEmpty)
            #expect(empty.response.json?["data"] is [Any], "an empty list is still a list")
            #expect(empty.response.headers["X-Total-Count"] == ["0"])
            #expect(PagingFixture.nextLink(empty.response) == nil)
            #expect(try await fixture.host.shutdown() == 0)
        }
    }

    @Test func clientComputedOffsetWithoutCursorServesTheSameOrder() async throws {
        let directory = try TemporaryDirectory()
        try await withTestClient { client in
            let fixture = try await PagingFixture.start(in: directory, client: client)
            defer { fixture.host.host.process.stop() }
            let url = fixture.host.hubClientInfoURL

            let middle = try await fixture.page("\(url)?offset=10&limit=5", client: client)
            #expect(middle.keys == Array(fixture.expectedKeys[10..<15]))
            #expect(middle.response.headers["X-Total-Count"] == ["\(fixture.expectedKeys.count)"])
            let link = try #require(PagingFixture.nextLink(middle.response))
            #expect(PagingFixture.query(link)["offset"] == "15", "\(link)")
            let next = try await fixture.page(link, client: client)
            #expect(next.keys == Array(fixture.expectedKeys[15..<20]))

            // The same offset computed by the client, without the link's cursor.
            let computed = try await fixture.page("\(url)?offset=15&limit=5", client: client)
            #expect(computed.keys == next.keys)
            let tail = try await fixture.page("\(url)?offset=20&limit=50", client: client)
            #expect(tail.keys == Array(fixture.expectedKeys[20...]))
            #expect(PagingFixture.nextLink(tail.response) == nil)
            let beyond = try await fixture.page("\(url)?offset=100", client: client)
            #expect(beyond.keys.isEmpty)
            #expect(beyond.response.headers["X-Total-Count"] == ["\(fixture.expectedKeys.count)"])
            #expect(PagingFixture.nextLink(beyond.response) == nil)
            #expect(try await fixture.host.shutdown() == 0)
        }
    }

    @Test func configuredMaximumPageSizeCapsTheLimit() async throws {
        let directory = try TemporaryDirectory()
        try await withTestClient { client in
            let fixture = try await PagingFixture.start(
                options: .init(maxPageSize: 5), in: directory, client: client)
            defer { fixture.host.host.process.stop() }
            let url = fixture.host.hubClientInfoURL

            let capped = try await fixture.page("\(url)?limit=50", client: client)
            #expect(capped.keys == Array(fixture.expectedKeys.prefix(5)))
            #expect(capped.response.headers["X-Limit"] == ["5"])
            let link = try #require(PagingFixture.nextLink(capped.response))
            #expect(PagingFixture.query(link)["limit"] == "5", "\(link)")
            #expect(PagingFixture.query(link)["offset"] == "5", "\(link)")

            let pages = try await fixture.crawl(from: "\(url)?limit=50", client: client)
            #expect(pages.map(\.keys.count) == [5, 5, 5, 5, 4])
            #expect(pages.flatMap(\.keys) == fixture.expectedKeys)
            #expect(pages.allSatisfy { $0.response.headers["X-Limit"] == ["5"] })

            let smaller = try await fixture.page("\(url)?limit=2", client: client)
            #expect(smaller.keys.count == 2)
            #expect(smaller.response.headers["X-Limit"] == ["5"], "X-Limit is the server's cap, not the page size")
            #expect(try await fixture.host.shutdown() == 0)
        }
    }

    @Test func invalidPagingParametersAreOCPI2001() async throws {
        let directory = try TemporaryDirectory()
        try await withTestClient { client in
            let fixture = try await PagingFixture.start(in: directory, client: client)
            defer { fixture.host.host.process.stop() }

            for query in [
                "limit=abc", "limit=-1", "offset=ten", "offset=-5", "date_from=yesterday",
                "date_to=2024-13-45T99:00:00Z",
                "date_from=1709251200", "cursor=not-a-cursor",
            ] {
                let response = try await RouteAuthWire.send(
                    client, .GET, "\(fixture.host.hubClientInfoURL)?\(query)", headers: ocpiAuth(fixture.hubToken))
                RouteAuthWire.expectEnvelope(response, http: 200, ocpi: 2001, "GET hubclientinfo?\(query)")
                #expect(response.headers["Link"].isEmpty, "\(query)")
            }
            #expect(try await fixture.host.shutdown() == 0)
        }
    }

    /// The list is ordered by creation, as §2.7 recommends: an update keeps an object's place, so
    /// neither a client following the `Link` headers nor one computing offsets itself misses or
    /// repeats an object when an earlier one is updated during its crawl.
    @Test func anUpdateDuringACrawlLosesNothingForLinkFollowersOrOffsetClients() async throws {
        let directory = try TemporaryDirectory()
        try await withTestClient { client in
            let fixture = try await PagingFixture.start(in: directory, client: client)
            defer { fixture.host.host.process.stop() }
            let url = fixture.host.hubClientInfoURL

            let first = try await fixture.page("\(url)?limit=5", client: client)
            #expect(first.keys == Array(fixture.expectedKeys.prefix(5)))
            let link = try #require(PagingFixture.nextLink(first.response))

            // The hub updates an object of the first page while the crawl is under way.
            let update = try await RouteAuthWire.send(
                client, .PUT, "\(url)/FR/P02", headers: ocpiAuth(fixture.hubToken),
                body:
                    #"{"country_code": "FR", "party_id": "P02", "role": "CPO", "status": "OFFLINE", "last_updated": "2024-06-01T00:00:00Z"}"#
            )
            RouteAuthWire.expectEnvelope(update, http: 200, ocpi: 1000, data: false, "PUT hubclientinfo/FR/P02")

            // A client following the links sees every object exactly once, in order.
            let rest = try await fixture.crawl(from: link, client: client)
            #expect(first.keys + rest.flatMap(\.keys) == fixture.expectedKeys)

            // So does a client computing the offsets itself.
            var computed = first.keys
            for offset in stride(from: 5, to: fixture.expectedKeys.count, by: 5) {
                let page = try await fixture.page("\(url)?offset=\(offset)&limit=5", client: client)
                #expect(page.keys == Array(fixture.expectedKeys[offset..<min(offset + 5, fixture.expectedKeys.count)]))
                computed += page.keys
            }
            #expect(computed == fixture.expectedKeys)

            // The updated object kept its place, with its new status.
            let all = try await fixture.page(url, client: client)
            #expect(all.keys == fixture.expectedKeys)
            let updated = (all.response.json?["data"] as? [[String: Any]])?[2]
            #expect(updated?["party_id"] as? String == "P02", "\(updated ?? [:])")
            #expect(updated?["status"] as? String == "OFFLINE", "\(updated ?? [:])")
            #expect(try await fixture.host.shutdown() == 0)
        }
    }

    // MARK: Pagination, client side

    @Test func ocpiClientCollectsEveryPageByFollowingLinks() async throws {
        let directory = try TemporaryDirectory()
        try await withTestClient { client in
            let fixture = try await PagingFixture.start(in: directory, client: client)
            defer { fixture.host.host.process.stop() }

            let http = HTTPClient(eventLoopGroupProvider: .singleton)
            let ocpi = OCPIClient(http: http, policy: OCPIClient.Policy(), logger: Logger(label: "paging-test"))
            let credentials = OCPIClient.Credentials(token: fixture.hubToken, encoding: .base64)
            do {
                let all = try await ocpi.all(
                    "\(fixture.host.hubClientInfoURL)?limit=4", credentials: credentials, of: OCPIClientInfo.self)
                #expect(all.map { "\($0.countryCode)*\($0.partyID)" } == fixture.expectedKeys)
                #expect(all.prefix(PagingFixture.seededCount).map(\.lastUpdated) == fixture.seeded.map(\.lastUpdated))

                let window = try await ocpi.all(
                    "\(fixture.host.hubClientInfoURL)?date_from=\(fixture.timestamp(5))&date_to=\(fixture.timestamp(15))&limit=3",
                    credentials: credentials, of: OCPIClientInfo.self)
                #expect(window.map { "\($0.countryCode)*\($0.partyID)" } == Array(fixture.expectedKeys[5..<15]))

                let pages = try await ocpi.all(
                    "\(fixture.host.hubClientInfoURL)?limit=4", credentials: credentials, maxPages: 2,
                    of: OCPIClientInfo.self)
                #expect(pages.count == 8, "maxPages bounds the crawl")
            } catch {
                try await http.shutdown()
                throw error
            }
            try await http.shutdown()
            #expect(try await fixture.host.shutdown() == 0)
        }
    }

    // MARK: Request bodies

    @Test func malformedBodiesAre400WhenNotJSONAnd2001WhenWronglyShaped() async throws {
        let directory = try TemporaryDirectory()
        try await withTestClient { client in
            let fixture = try await PagingFixture.start(in: directory, client: client)
            defer { fixture.host.host.process.stop() }
            let host = fixture.host
            let tokenA = try await host.issueTokenA(for: "newcomer", client: client)

            let notJSON = try await RouteAuthWire.send(
                client, .POST, host.credentialsURL, headers: ocpiAuth(tokenA), body: "{not json")
            RouteAuthWire.expectEnvelope(notJSON, http: 400, ocpi: 2000, "POST credentials {not json")
            let wrongType = try await RouteAuthWire.send(
                client, .POST, host.credentialsURL, headers: ocpiAuth(tokenA),
                body: #"{"token": 5, "url": "http://127.0.0.1:1/ocpi/versions", "roles": []}"#)
            let wrongTypeEnvelope = RouteAuthWire.expectEnvelope(
                wrongType, http: 200, ocpi: 2001, "POST credentials with a numeric token")
            #expect((wrongTypeEnvelope?["status_message"] as? String)?.contains("token") == true, "names the field")
            let missing = try await RouteAuthWire.send(
                client, .POST, host.credentialsURL, headers: ocpiAuth(tokenA),
                body: #"{"url": "http://127.0.0.1:1/ocpi/versions", "roles": []}"#)
            RouteAuthWire.expectEnvelope(missing, http: 200, ocpi: 2001, "POST credentials without token")
            // Token A survived every refusal.
            let versions = try await RouteAuthWire.send(client, .GET, host.versionsURL, headers: ocpiAuth(tokenA))
            RouteAuthWire.expectEnvelope(versions, http: 200, ocpi: 1000, "token A after malformed bodies")

            let hub = ocpiAuth(fixture.hubToken)
            let entry = "\(host.hubClientInfoURL)/FR/P03"
            let yesterday = try await RouteAuthWire.send(
                client, .PUT, entry, headers: hub,
                body:
                    #"{"country_code": "FR", "party_id": "P03", "role": "EMSP", "status": "OFFLINE", "last_updated": "yesterday"}"#
            )
            let yesterdayEnvelope = RouteAuthWire.expectEnvelope(
                yesterday, http: 200, ocpi: 2001, "PUT hubclientinfo with last_updated yesterday")
            #expect((yesterdayEnvelope?["status_message"] as? String)?.contains("last_updated") == true)
            let hubNotJSON = try await RouteAuthWire.send(client, .PUT, entry, headers: hub, body: "{not json")
            RouteAuthWire.expectEnvelope(hubNotJSON, http: 400, ocpi: 2000, "PUT hubclientinfo {not json")
            let elsewhere = try await RouteAuthWire.send(
                client, .PUT, entry, headers: hub,
                body:
                    #"{"country_code": "FR", "party_id": "P04", "role": "CPO", "status": "OFFLINE", "last_updated": "2024-06-01T00:00:00Z"}"#
            )
            RouteAuthWire.expectEnvelope(elsewhere, http: 200, ocpi: 2001, "PUT hubclientinfo, URL and body differ")
            let missingStatus = try await RouteAuthWire.send(
                client, .PUT, entry, headers: hub,
                body:
                    #"{"country_code": "FR", "party_id": "P03", "role": "EMSP", "last_updated": "2024-06-01T00:00:00Z"}"#
            )
            RouteAuthWire.expectEnvelope(missingStatus, http: 200, ocpi: 2001, "PUT hubclientinfo without status")

            // Well-formed JSON whose values the domain cannot hold is the caller's mistake, too.
            for (field, body) in [
                (
                    "status",
                    #"{"country_code": "FR", "party_id": "P03", "role": "EMSP", "status": "DANCING", "last_updated": "2024-06-01T00:00:00Z"}"#
                ),
                (
                    "party_id",
                    #"{"country_code": "FR", "party_id": "P-3", "role": "EMSP", "status": "OFFLINE", "last_updated": "2024-06-01T00:00:00Z"}"#
                ),
            ] {
                let response = try await RouteAuthWire.send(client, .PUT, entry, headers: hub, body: body)
                RouteAuthWire.expectEnvelope(response, http: 200, ocpi: 2001, "PUT hubclientinfo, unusable \(field)")
            }

            // None of the refused pushes changed the stored status.
            let stored = try await fixture.page(entry, client: client)
            let data = try #require(stored.response.json?["data"] as? [String: Any])
            #expect(data["status"] as? String == "SUSPENDED", "\(data)")
            #expect(
                data["last_updated"].flatMap { $0 as? String }.flatMap(Timestamp.parse) == fixture.seeded[3].lastUpdated
            )
            #expect(try await host.shutdown() == 0)
        }
    }

    @Test func unknownFieldsInAClientInfoAreIgnoredAndTheObjectStored() async throws {
        let directory = try TemporaryDirectory()
        try await withTestClient { client in
            let fixture = try await PagingFixture.start(in: directory, client: client)
            defer { fixture.host.host.process.stop() }
            let hub = ocpiAuth(fixture.hubToken)
            let entry = "\(fixture.host.hubClientInfoURL)/BE/NEW"

            let push = try await RouteAuthWire.send(
                client, .PUT, entry, headers: hub,
                body: """
                    {"country_code": "BE", "party_id": "NEW", "role": "CPO", "status": "PLANNED", \
                    "last_updated": "2024-06-01T12:00:00Z", "x_vendor_note": "ignore me", \
                    "extra": {"nested": [1, 2, 3]}, "status_reason": null}
                    """)
            // A new object: 201 Created.
            RouteAuthWire.expectEnvelope(
                push, http: 201, ocpi: 1000, data: false, "PUT hubclientinfo with unknown fields")

            let stored = try await fixture.page(entry, client: client)
            let data = try #require(stored.response.json?["data"] as? [String: Any])
            #expect(data["country_code"] as? String == "BE")
            #expect(data["party_id"] as? String == "NEW")
            #expect(data["role"] as? String == "CPO")
            #expect(data["status"] as? String == "PLANNED")
            #expect(
                data["last_updated"].flatMap { $0 as? String }.flatMap(Timestamp.parse)
                    == Timestamp.parse("2024-06-01T12:00:00Z"))
            #expect(data["x_vendor_note"] == nil && data["extra"] == nil, "unknown fields are not echoed: \(data)")

            let list = try await fixture.page(fixture.host.hubClientInfoURL, client: client)
            #expect(list.keys == fixture.expectedKeys + ["BE*NEW"])
            #expect(list.response.headers["X-Total-Count"] == ["\(fixture.expectedKeys.count + 1)"])
            #expect(try await fixture.host.shutdown() == 0)
        }
    }

    @Test func bodiesOverTheListenerLimitAre413WithAnEnvelope() async throws {
        let directory = try TemporaryDirectory()
        try await withTestClient { client in
            let fixture = try await PagingFixture.start(
                options: .init(maxBodyBytes: 2048, operatorMaxBodyBytes: 2048), in: directory, client: client)
            defer { fixture.host.host.process.stop() }
            let host = fixture.host
            let entry = "\(host.hubClientInfoURL)/BE/BIG"
            func clientInfo(padding: Int) -> String {
                """
                {"country_code": "BE", "party_id": "BIG", "role": "CPO", "status": "CONNECTED", \
                "last_updated": "2024-06-01T12:00:00Z", "padding": "\(String(repeating: "x", count: padding))"}
                """
            }
            let over = clientInfo(padding: 3000)
            #expect(over.utf8.count > 2048)
            let tooLarge = try await RouteAuthWire.send(
                client, .PUT, entry, headers: ocpiAuth(fixture.hubToken), body: over)
            RouteAuthWire.expectEnvelope(
                tooLarge, http: 413, ocpi: 2000, "PUT hubclientinfo of \(over.utf8.count) bytes")

            let tokenA = try await host.issueTokenA(for: "newcomer", client: client)
            let credentials = """
                {"token": "\(String(repeating: "t", count: 64))", "url": "http://127.0.0.1:1/ocpi/versions", \
                "roles": [{"role": "CPO", "country_code": "BE", "party_id": "XYZ", \
                "business_details": {"name": "\(String(repeating: "n", count: 4000))"}}]}
                """
            let tooLargeCredentials = try await RouteAuthWire.send(
                client, .POST, host.credentialsURL, headers: ocpiAuth(tokenA), body: credentials)
            RouteAuthWire.expectEnvelope(
                tooLargeCredentials, http: 413, ocpi: 2000, "POST credentials of \(credentials.utf8.count) bytes")
            // Token A survived the refusal.
            let versions = try await RouteAuthWire.send(client, .GET, host.versionsURL, headers: ocpiAuth(tokenA))
            RouteAuthWire.expectEnvelope(versions, http: 200, ocpi: 1000, "token A after an oversized body")

            // Just under the limit is fine: the limit is the configured one. The object is new
            // (201): the oversized PUT stored nothing.
            let under = clientInfo(padding: 1800)
            #expect(under.utf8.count < 2048)
            let accepted = try await RouteAuthWire.send(
                client, .PUT, entry, headers: ocpiAuth(fixture.hubToken), body: under)
            RouteAuthWire.expectEnvelope(
                accepted, http: 201, ocpi: 1000, data: false, "PUT hubclientinfo of \(under.utf8.count) bytes")
            let updated = try await RouteAuthWire.send(
                client, .PUT, entry, headers: ocpiAuth(fixture.hubToken), body: under)
            RouteAuthWire.expectEnvelope(
                updated, http: 200, ocpi: 1000, data: false, "PUT hubclientinfo again: an update")

            // The operator listener refuses oversized bodies too, in the operator API's format.
            let operatorTooLarge = try await client.send(
                .POST, "\(host.host.operatorURL)/api/partners", headers: operatorAuth,
                body: #"{"id": "\#(String(repeating: "p", count: 3000))"}"#)
            #expect(operatorTooLarge.status == 413, "\(operatorTooLarge.body)")
            #expect(
                operatorTooLarge.headers["Content-Type"].first?.hasPrefix("application/json") == true,
                "\(operatorTooLarge.headers)")
            #expect(operatorTooLarge.json?["error"] as? String == "http_413", "\(operatorTooLarge.body)")
            #expect(
                operatorTooLarge.json?["message"] as? String == "request body is too large", "\(operatorTooLarge.body)")
            #expect(try await host.shutdown() == 0)
        }
    }
}
