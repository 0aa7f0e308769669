/// One entry of the versions list: a version number and the URL of its details.
struct OCPIVersion: Codable, Sendable, Hashable {
    var version: String
    var url: String
}
