import Foundation
import NIOHTTP1
import PlatformCore
import RoamwireTesting
import StoreSQLite
import Testing

/// A host whose store holds many party statuses (seeded before it starts) and a hub registered
/// with it over OCPI, for paging the hubclientinfo Sender list at the wire.
struct PagingFixture {
    /// How many statuses are seeded.
    static let seededCount = 23
    /// `last_updated` of the first seeded status; each next one is a minute later.
    static let firstUpdate = Date(timeIntervalSince1970: 1_709_251_200)  // 2024-03-01T00:00:00Z
    /// The key of the hub's own status, which the host records when the hub registers (now, so
    /// after every seeded one).
    static let hubKey = "\(RouteAuthHubPeer.countryCode)*\(RouteAuthHubPeer.partyID)"

    let host: RouteAuthHost
    /// The token the registered hub calls the host with.
    let hubToken: String
    /// The seeded statuses, in the order they were written.
    let seeded: [PartyStatus]

    /// Every status the list serves, in store order: the seeded ones, then the hub's.
    var expectedKeys: [String] { seeded.map(Self.key) + [Self.hubKey] }

    /// `date_from`/`date_to` text for the `index`th seeded status's `last_updated`.
    func timestamp(_ index: Int) -> String { Timestamp.format(seeded[index].lastUpdated) }

    /// Seeds the statuses into a fresh store, starts the host on it and registers a hub.
    static func start(
        _ name: String = "paging", options: RouteAuthHost.Options = .init(), in directory: TemporaryDirectory,
        client: TestHTTPClient
    ) async throws -> PagingFixture {
        let seeded = try statuses()
        let host = try await RouteAuthHost.start(name, options: options, in: directory) { store in
            try await store.commit(ChangeSet(documents: try seeded.map { try .upsert($0) }))
        }
        do {
            let tokenA = try await host.issueTokenA(for: "hub", client: client)
            let hubToken = try await RouteAuthHubPeer.withHub { hub in
                try await hub.register(with: host, tokenA: tokenA, client: client)
            }
            return PagingFixture(host: host, hubToken: hubToken, seeded: seeded)
        } catch {
            host.host.process.stop()
            throw error
        }
    }

    /// Distinct parties `FR*P00`, `FR*P01`, ... with `last_updated` a minute apart.
    static func statuses() throws -> [PartyStatus] {
        let connections = PartyStatus.Connection.allCases
        return try (0..<seededCount).map { index in
            PartyStatus(
                party: try PartyID(countryCode: "FR", partyID: String(format: "P%02d", index)),
                role: index.isMultiple(of: 2) ? .cpo : .emsp, connection: connections[index % connections.count],
                reportedBy: "seed", lastUpdated: firstUpdate.addingTimeInterval(Double(index) * 60))
        }
    }

    static func key(_ status: PartyStatus) -> String { status.party.description }

    /// `country_code*party_id` of each ClientInfo in an envelope's `data`.
    static func keys(_ envelope: [String: Any]?) -> [String] {
        ((envelope?["data"] as? [[String: Any]]) ?? []).map {
            "\($0["country_code"] as? String ?? "?")*\($0["party_id"] as? String ?? "?")"
        }
    }

    /// The URL of `Link: <url>; rel="next"`, if the response has one.
    static func nextLink(_ response: TestResponse) -> String? {
        for value in response.headers["Link"] {
            if let match = value.firstMatch(of: /<([^>]*)>\s*;\s*rel="next"/) { return String(match.1) }
        }
        return nil
    }

    /// The query parameters of `url`.
    static func query(_ url: String) -> [String: String] {
        var parameters: [String: String] = [:]
        for item in URLComponents(string: url)?.queryItems ?? [] { parameters[item.name] = item.value ?? "" }
        return parameters
    }

    /// One page of the list at `url`, checked for HTTP 200, OCPI 1000 and the tracing headers.
    func page(
        _ url: String, client: TestHTTPClient, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> (response: TestResponse, keys: [String]) {
        let response = try await RouteAuthWire.send(
            client, .GET, url, headers: ocpiAuth(hubToken), sourceLocation: sourceLocation)
        let envelope = RouteAuthWire.expectEnvelope(
            response, http: 200, ocpi: 1000, "GET \(url)", sourceLocation: sourceLocation)
        return (response, Self.keys(envelope))
    }

    /// Follows `Link` headers from `url` to the last page (at most `maxPages`).
    func crawl(
        from url: String, client: TestHTTPClient, maxPages: Int = 50, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> [(response: TestResponse, keys: [String])] {
        var pages: [(response: TestResponse, keys: [String])] = []
        var next: String? = url
        while let url = next, pages.count < maxPages {
            let page = try await page(url, client: client, sourceLocation: sourceLocation)
            pages.append(page)
            next = Self.nextLink(page.response)
        }
        return pages
    }
}
