/// Partner records belong to the deployment, not to a party.
extension Partner: StoredDocument {
    /// Stored as ``DocumentKind/partner``.
    public static var documentKind: DocumentKind { .partner }
    /// Always `nil`: partners belong to the deployment.
    public var owner: PartyID? { nil }
    /// The partner id's raw value.
    public var documentID: String { id.rawValue }
}
