import Foundation
import HTTPTypes
import Hummingbird
import PlatformCore

/// OCPI list pagination on top of the store's keyset paging. On the wire: `offset`, `limit`,
/// `date_from` (inclusive), `date_to` (exclusive), answered with `X-Total-Count`, `X-Limit` and
/// `Link: <next>; rel="next"`. The next link also carries an opaque `cursor`, so following links
/// never scans skipped rows; a client that computes offsets itself is served too.
struct OCPIPaging: Sendable {
    var offset: Int
    var limit: Int
    var dateFrom: Date?
    var dateTo: Date?
    var cursor: PageCursor?

    /// Reads the paging parameters of `request`, capping `limit` at `maxLimit`.
    /// - Throws: OCPI 2001 for values that are not numbers or timestamps.
    init(_ request: Request, maxLimit: Int) throws {
        let query = request.uri.queryParameters
        func integer(_ name: String) throws -> Int? {
            guard let text = query[Substring(name)] else { return nil }
            guard let value = Int(text), value >= 0 else {
                throw OCPIError.invalidParameters("\(name): '\(text)' is not a non-negative integer")
            }
            return value
        }
        func date(_ name: String) throws -> Date? {
            guard let text = query[Substring(name)].map(String.init) else { return nil }
            guard let value = OCPIDateTime.parse(text) else {
                throw OCPIError.invalidParameters("\(name): '\(text)' is not an RFC 3339 timestamp")
            }
            return value
        }
        offset = try integer("offset") ?? 0
        limit = min(max(try integer("limit") ?? maxLimit, 1), maxLimit)
        dateFrom = try date("date_from")
        dateTo = try date("date_to")
        cursor = query["cursor"].map { PageCursor(rawValue: String($0)) }
    }

    /// The page the parameters ask for.
    func page<Document: StoredDocument>(_ type: Document.Type, owner: PartyID? = nil, in store: any Store)
        async throws -> Page<Document>
    {
        var query = PageQuery(owner: owner, updatedFrom: dateFrom, updatedBefore: dateTo, after: cursor, limit: limit)
        if cursor == nil {
            var skipped = 0
            while skipped < offset {
                var skip = query
                skip.limit = min(offset - skipped, 500)
                let page = try await store.page(type, query: skip)
                skipped += page.items.count
                guard let next = page.next else {
                    return Page(items: [], next: nil, totalCount: page.totalCount)
                }
                query.after = next
            }
        }
        do {
            return try await store.page(type, query: query)
        } catch let error as StoreError where error.code == .invalidCursor {
            throw OCPIError.invalidParameters("cursor: not one this server issued")
        }
    }

    /// The pagination headers for `page` served at `url` (absolute, without query).
    func headers<Document>(for page: Page<Document>, url: String, maxLimit: Int) -> HTTPFields {
        var headers = HTTPFields()
        headers[OCPIHeaders.totalCount] = "\(page.totalCount)"
        headers[OCPIHeaders.limit] = "\(maxLimit)"
        if let next = page.next {
            var items = [
                URLQueryItem(name: "offset", value: "\(offset + page.items.count)"),
                URLQueryItem(name: "limit", value: "\(limit)"),
            ]
            if let dateFrom { items.append(URLQueryItem(name: "date_from", value: OCPIDateTime.format(dateFrom))) }
            if let dateTo { items.append(URLQueryItem(name: "date_to", value: OCPIDateTime.format(dateTo))) }
            items.append(URLQueryItem(name: "cursor", value: next.rawValue))
            var components = URLComponents()
            components.queryItems = items
            headers[OCPIHeaders.link] = "<\(url)?\(components.percentEncodedQuery ?? "")>; rel=\"next\""
        }
        return headers
    }
}
