import Foundation

/// The official OCPI 2.2.1 examples in `../shared/specs/ocpi-2.2.1-examples` (read-only).
enum OfficialExamples {
    /// The examples directory, found from this file's location in the package.
    static let directory: URL = {
        var url = URL(filePath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appending(path: "Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.deletingLastPathComponent().appending(path: "shared/specs/ocpi-2.2.1-examples")
    }()

    /// The names of every `.json` file there, sorted.
    static func fileNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The bytes of one example.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appending(path: name))
    }
}
