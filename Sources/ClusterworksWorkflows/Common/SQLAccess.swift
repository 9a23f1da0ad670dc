import FluentKit
import SQLKit

/// Summaries read with SQL aggregates; both databases of the app are SQL databases.
package enum SQLAccess {
    struct NotSQL: Error, CustomStringConvertible {
        var description: String { "This reading needs an SQL database (SQLite or PostgreSQL)." }
    }

    package static func sql(_ db: any Database) throws -> any SQLDatabase {
        guard let sql = db as? any SQLDatabase else { throw NotSQL() }
        return sql
    }
}
