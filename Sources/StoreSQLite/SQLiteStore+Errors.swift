import Foundation
import GRDB
import PlatformCore

extension StoreError {
    /// `error` as the store reports it: a `StoreError` or a `CancellationError` passes through
    /// unchanged, an SQLite error gets the code callers act on and a one-line reason, anything
    /// else becomes `.failed`.
    /// - Parameters:
    ///   - operation: what the store was doing, naming the database file.
    ///   - path: the database file, inspected to explain why SQLite could not open it.
    static func wrapping(_ error: any Error, operation: String, path: String) -> any Error {
        switch error {
        case is StoreError, is CancellationError:
            return error
        case let error as DatabaseError:
            return StoreError(
                code: code(for: error.resultCode), operation: operation, reason: reason(for: error, path: path))
        default:
            return StoreError(code: .failed, operation: operation, reason: oneLine(String(describing: error)))
        }
    }

    private static func code(for result: ResultCode) -> Code {
        switch result {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked
        case .SQLITE_CANTOPEN, .SQLITE_NOTADB, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH, .SQLITE_CORRUPT,
            .SQLITE_IOERR:
            return .unavailable
        default:
            return .failed
        }
    }

    /// The SQLite message and code, without the statement or its arguments (which may carry
    /// document bodies), and with the file-system cause when SQLite only says it cannot open.
    private static func reason(for error: DatabaseError, path: String) -> String {
        var reason = "\(error.message ?? "unknown error") (SQLite error \(error.resultCode.rawValue))"
        if error.resultCode == .SQLITE_CANTOPEN, let cause = fileSystemCause(path: path) {
            reason += ": \(cause)"
        }
        if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            reason += ": another connection holds the database locked"
        }
        return oneLine(reason)
    }

    private static func fileSystemCause(path: String) -> String? {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return "the path is a directory" }
            if !files.isReadableFile(atPath: path) { return "permission denied reading the file" }
            if !files.isWritableFile(atPath: path) { return "permission denied writing the file" }
            return nil
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !files.isWritableFile(atPath: parent) { return "cannot create the file in \(parent)" }
        return nil
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
