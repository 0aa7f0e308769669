import PlatformCore

/// ChargingPeriod ↔ domain ``ChargingPeriod``.
extension OCPIChargingPeriod {
    /// The wire form of a domain charging period.
    init(domain period: ChargingPeriod) {
        self.init(
            startDateTime: period.startDateTime,
            dimensions: period.dimensions.map {
                OCPICdrDimension(type: OCPICdrDimensionType(domain: $0.type), volume: $0.volume)
            },
            tariffID: period.tariffID)
    }

    /// The domain charging period.
    /// - Throws: ``OCPIMappingError`` for a dimension type the domain does not know.
    func domain() throws -> ChargingPeriod {
        ChargingPeriod(
            startDateTime: startDateTime,
            dimensions: try OCPIMapping.map(dimensions, "dimensions") {
                CDRDimension(type: try $0.type.domain("type"), volume: $0.volume)
            },
            tariffID: tariffID)
    }
}
