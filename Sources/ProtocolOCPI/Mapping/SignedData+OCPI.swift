import PlatformCore

/// SignedData ↔ domain ``SignedData``.
extension OCPISignedData {
    /// The wire form of domain signed metering data.
    init(domain data: SignedData) {
        self.init(
            encodingMethod: data.encodingMethod, encodingMethodVersion: data.encodingMethodVersion,
            publicKey: data.publicKey,
            signedValues: data.signedValues.map {
                OCPISignedValue(nature: $0.nature, plainData: $0.plainData, signedData: $0.signedData)
            },
            url: data.url)
    }

    /// The domain signed metering data.
    func domain() -> SignedData {
        SignedData(
            encodingMethod: encodingMethod, encodingMethodVersion: encodingMethodVersion, publicKey: publicKey,
            signedValues: signedValues.map {
                SignedValue(nature: $0.nature, plainData: $0.plainData, signedData: $0.signedData)
            },
            url: url)
    }
}
