import ClusterworksDomain
import FluentKit
import SQLKit

/// Country names by code in one language: two columns in one query, without building a model per
/// country (the portfolio asks for all of them on every view).
public enum CountryNames {
    public static func all(in language: Language, on db: any Database) async throws -> [String: String] {
        guard let sql = db as? any SQLDatabase else {
            return Dictionary(try await CountryModel.query(on: db).all().map { ($0.code, $0.name(in: language)) }, uniquingKeysWith: { a, _ in a })
        }
        let column = switch language { case .en: "name_en"; case .es: "name_es"; case .fr: "name_fr" }
        let rows = try await sql.select().column("code").column(SQLColumn(column), as: "name").from(CountryModel.schema).all()
        var names: [String: String] = [:]
        names.reserveCapacity(rows.count)
        for row in rows { names[try row.decode(column: "code", as: String.self)] = try row.decode(column: "name", as: String.self) }
        return names
    }
}
