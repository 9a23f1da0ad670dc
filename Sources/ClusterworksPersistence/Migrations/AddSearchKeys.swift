import FluentKit
import SQLKit

/// The folded search text beside each searchable record. The migration only adds the column:
/// records already there get their key from `SearchKeys.fill` once every migration has run, read
/// through the models as they are then — a migration never reads through today's models.
struct AddSearchKeys: AsyncMigration {
    static let tables = SearchKeys.types.map { $0.schema }

    func prepare(on db: any Database) async throws {
        for table in Self.tables { try await db.schema(table).field("search_key", .string).update() }
    }

    /// SQL's DROP COLUMN (SQLite ≥ 3.35 and PostgreSQL): Fluent's SQLite driver cannot drop a column.
    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for table in Self.tables { try await sql.raw("ALTER TABLE \(ident: table) DROP COLUMN search_key").run() }
    }
}

/// Fills the search key of records that have none (written before the key existed).
public enum SearchKeys {
    static let types: [any Searchable.Type] = [CountryModel.self, ProjectModel.self, ActorModel.self, PersonModel.self,
                                                ClusterModel.self, NetworkModel.self, IndicatorModel.self, UserModel.self]

    public static func fill(on db: any Database) async throws {
        for type in types { try await fill(type, db) }
    }

    /// Written with SQL so that filling the key does not touch the records' `updated_at`.
    private static func fill<M: Searchable>(_ type: M.Type, _ db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for record in try await M.query(on: db).filter(.path(["search_key"], schema: M.schema), .equal, .null).all() {
            try await sql.update(M.schema).set("search_key", to: record.computedSearchKey).where("id", .equal, record.requireID()).run()
        }
    }
}
