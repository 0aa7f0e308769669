import Foundation
import GRDB

/// One stored document as a page reads it from the `document` table, before decoding.
struct DocumentRow: Sendable {
    /// `DE*ABC`, or empty for a deployment-wide document.
    var owner: String
    var id: String
    /// The change number, which is also the keyset cursor.
    var seq: Int64
    var body: Data

    /// Reads the `owner`, `id`, `seq` and `body` columns.
    init(row: Row) {
        self.owner = row["owner"]
        self.id = row["id"]
        self.seq = row["seq"]
        self.body = row["body"]
    }
}
