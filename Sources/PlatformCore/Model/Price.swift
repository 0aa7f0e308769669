public import Foundation

/// An amount of money, without and optionally with VAT, in the currency of its context.
public struct Price: Sendable, Hashable, Codable {
    /// Amount excluding VAT.
    public var exclVat: Decimal
    /// Amount including VAT; `nil` when not known.
    public var inclVat: Decimal?

    /// Creates a price.
    public init(exclVat: Decimal, inclVat: Decimal? = nil) {
        self.exclVat = exclVat
        self.inclVat = inclVat
    }
}
