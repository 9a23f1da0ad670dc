import FluentKit
import SQLKit

/// What a database's schema holds, for migrations that repair what earlier releases left out.
enum SchemaInspection {
    static func tableExists(_ table: String, on sql: any SQLDatabase) async throws -> Bool {
        if sql.dialect.name == "sqlite" {
            return try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name = \(bind: table)").all().count > 0
        }
        return try await sql.raw("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = \(bind: table)").all().count > 0
    }

    static func columns(_ table: String, on sql: any SQLDatabase) async throws -> Set<String> {
        if sql.dialect.name == "sqlite" {
            return Set(try await sql.raw("SELECT name FROM pragma_table_info(\(bind: table))").all().compactMap { try? $0.decode(column: "name", as: String.self) })
        }
        return Set(try await sql.raw("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = \(bind: table)").all()
            .compactMap { try? $0.decode(column: "column_name", as: String.self) })
    }
}
