import GRDB
import PlatformCore

/// The `WHERE` clause a page query's filters make, without the cursor.
struct DocumentFilter: Sendable {
    var kind: String
    var owner: String?
    var updatedFrom: Int64?
    var updatedBefore: Int64?

    init(kind: String, query: PageQuery) {
        self.kind = kind
        self.owner = query.owner?.description
        self.updatedFrom = query.updatedFrom.map(SQLiteTime.milliseconds)
        self.updatedBefore = query.updatedBefore.map(SQLiteTime.milliseconds)
    }

    var sql: String {
        var conditions = ["kind = ?"]
        if owner != nil { conditions.append("owner = ?") }
        if updatedFrom != nil { conditions.append("last_updated >= ?") }
        if updatedBefore != nil { conditions.append("last_updated < ?") }
        return conditions.joined(separator: " AND ")
    }

    var arguments: StatementArguments {
        var arguments: StatementArguments = [kind]
        if let owner { arguments += [owner] }
        if let updatedFrom { arguments += [updatedFrom] }
        if let updatedBefore { arguments += [updatedBefore] }
        return arguments
    }
}
