import FluentKit
import SQLKit

/// The folded search text beside each searchable record, filled for the records already there.
struct AddSearchKeys: AsyncMigration {
    static let tables: [any Searchable.Type] = [CountryModel.self, ProjectModel.self, ActorModel.self, PersonModel.self,
                                                 ClusterModel.self, NetworkModel.self, IndicatorModel.self, UserModel.self]

    func prepare(on db: any Database) async throws {
        for type in Self.tables { try await fill(type, db) }
    }

    /// Written with SQL so that filling the key does not touch the records' `updated_at`.
    private func fill<M: Searchable>(_ type: M.Type, _ db: any Database) async throws {
        try await db.schema(M.schema).field("search_key", .string).update()
        guard let sql = db as? any SQLDatabase else { return }
        for record in try await M.query(on: db).all() {
            try await sql.update(M.schema).set("search_key", to: record.computedSearchKey).where("id", .equal, record.requireID()).run()
        }
    }

    /// SQL's DROP COLUMN (SQLite ≥ 3.35 and PostgreSQL): Fluent's SQLite driver cannot drop a column.
    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for type in Self.tables { try await sql.raw("ALTER TABLE \(ident: type.schema) DROP COLUMN search_key").run() }
    }
}
