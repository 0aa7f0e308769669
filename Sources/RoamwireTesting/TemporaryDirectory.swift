public import Foundation

/// A fresh directory under the system's temporary directory, for one test's files, removed with
/// everything in it when the last reference goes away.
///
/// Keep the value alive for as long as the test uses the files, for example by holding it in a
/// local that the test still reads at the end, or in a stored property of the test suite:
///
/// ```swift
/// let directory = try TemporaryDirectory()
/// let config = try directory.write("storage: ...", to: "roamwire.yaml")
/// ```
public final class TemporaryDirectory: Sendable {
    /// The directory's URL.
    public let url: URL

    /// Creates a new empty directory named `<prefix>-<UUID>`.
    /// - Parameter prefix: The start of the directory's name, to tell test runs apart on disk.
    public init(prefix: String = "roamwire-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the directory; the file need not exist.
    /// - Parameter name: A file name, by default the conventional database file name.
    public func path(_ name: String = "roamwire.sqlite") -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `text` as UTF-8 to `name` inside the directory and returns its path.
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - name: The file's name inside the directory.
    @discardableResult
    public func write(_ text: String, to name: String) throws -> String {
        let path = path(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
