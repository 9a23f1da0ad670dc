import FluentKit
import SQLKit

/// Serialises transactions that decide from a count (how many sign-ins failed lately) and then
/// write: on PostgreSQL a transaction-scoped advisory lock named by the decision; on SQLite every
/// transaction already holds the write lock from its start.
public enum TransactionLock {
    public static func serialise(_ name: String, on tx: any Database) async throws {
        guard let sql = tx as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("SELECT pg_advisory_xact_lock(hashtext(\(bind: name)))").run()
    }
}
