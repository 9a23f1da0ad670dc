import Foundation
import FluentKit
import SQLKit

/// Two people saving the same record at once are served one after the other: on PostgreSQL the
/// record's row is locked for the rest of the transaction before its linked rows are read and
/// replaced. (SQLite's transactions already hold the database's write lock from their start.)
enum RowLock {
    static func lock<M: Model>(_ record: M, on tx: any Database) async throws where M.IDValue == UUID {
        guard let sql = tx as? any SQLDatabase, sql.dialect.name == "postgresql", let id = record.id else { return }
        _ = try await sql.select().column(SQLColumn("id")).from(M.schema).where(SQLColumn("id"), .equal, SQLBind(id))
            .for(.update).all()
    }
}
