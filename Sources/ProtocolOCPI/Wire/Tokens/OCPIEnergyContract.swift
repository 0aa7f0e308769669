/// OCPI `EnergyContract` (§10.4): a driver's contract with their own energy supplier.
struct OCPIEnergyContract: OCPIWireObject {
    /// Supplier name, `string(64)`.
    var supplierName: String
    /// Contract id at the supplier, `string(64)`.
    var contractID: String?

    enum CodingKeys: String, CodingKey {
        case supplierName = "supplier_name"
        case contractID = "contract_id"
    }

    func validate(into validator: inout OCPIValidator) {
        validator.string(supplierName, "supplier_name", max: 64)
        validator.string(contractID, "contract_id", max: 64)
    }
}
