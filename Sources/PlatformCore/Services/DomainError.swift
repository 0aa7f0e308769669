/// A request the domain refuses, with a code callers map to their wire status (an HTTP 4xx, an
/// OCPI 2xxx) and a reason for people. Never carries secrets.
public struct DomainError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Kind of refusal; extensible without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let value: String
        private init(_ value: String) { self.value = value }
        /// The object belongs to a party this deployment does not run in the needed role.
        public static let notOurParty = Code("not_our_party")
        /// The object is malformed or inconsistent (e.g. id in URL and body differ).
        public static let invalid = Code("invalid")
        /// The object does not exist.
        public static let notFound = Code("not_found")
        /// No plugin provides the capability asked for.
        public static let unavailable = Code("unavailable")
        /// A partner's system failed or refused what we asked of it.
        public static let partnerFailed = Code("partner_failed")
        public var description: String { value }
    }

    /// The kind of refusal.
    public let code: Code
    /// What is wrong, for people.
    public let reason: String
    /// The field at fault, when there is one (e.g. `party`).
    public let field: String?

    /// Creates a refusal.
    public init(_ code: Code, _ reason: String, field: String? = nil) {
        self.code = code
        self.reason = reason
        self.field = field
    }

    public var description: String { reason }
}
