public import Foundation

/// A request for one page of documents, in store order (the order in which they were first
/// stored; updates keep a document's place).
///
/// Paging is by keyset: ``after`` is the cursor of the previous page, so every page costs the
/// same however deep the crawl goes, and documents inserted during a crawl never shift it.
public struct PageQuery: Sendable, Hashable {
    /// Only documents of this party; `nil` for all parties.
    public var owner: PartyID?
    /// Only documents with `last_updated >= updatedFrom` (inclusive).
    public var updatedFrom: Date?
    /// Only documents with `last_updated < updatedBefore` (exclusive).
    public var updatedBefore: Date?
    /// Continue after this cursor; `nil` for the first page.
    public var after: PageCursor?
    /// Maximum number of documents in the page (at least 1).
    public var limit: Int

    /// Creates a page query.
    public init(
        owner: PartyID? = nil, updatedFrom: Date? = nil, updatedBefore: Date? = nil,
        after: PageCursor? = nil, limit: Int
    ) {
        self.owner = owner
        self.updatedFrom = updatedFrom
        self.updatedBefore = updatedBefore
        self.after = after
        self.limit = max(1, limit)
    }
}

/// An opaque position in a paged listing; hand it back in ``PageQuery/after``.
public struct PageCursor: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// One page of documents.
public struct Page<Document: Sendable>: Sendable {
    /// The documents, in store order.
    public var items: [Document]
    /// Cursor for the next page, `nil` when this page is the last.
    public var next: PageCursor?
    /// Number of documents matching the query's filters in all pages together.
    public var totalCount: Int

    /// Creates a page.
    public init(items: [Document], next: PageCursor?, totalCount: Int) {
        self.items = items
        self.next = next
        self.totalCount = totalCount
    }
}
