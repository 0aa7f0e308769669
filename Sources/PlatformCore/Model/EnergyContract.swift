/// A driver's contract with their own energy supplier.
public struct EnergyContract: Sendable, Hashable, Codable {
    /// Name of the supplier.
    public var supplierName: String
    /// Contract id at the supplier.
    public var contractID: String?

    /// Creates an energy contract reference.
    public init(supplierName: String, contractID: String? = nil) {
        self.supplierName = supplierName
        self.contractID = contractID
    }
}
