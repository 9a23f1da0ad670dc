import ClusterworksDomain
import FluentKit
import Foundation
import SQLKit

/// Breakdowns become dimensions a programme defines: the standard dimensions are stored, each
/// indicator's fixed breakdown (sex or age group) becomes its dimension, and each figure's parts
/// (`female=60`) become values of that dimension (`sex.female=60`).
struct AddBreakdownDimensions: AsyncMigration {
    /// The parts of the fixed breakdowns, by the dimension they now belong to.
    static let legacy: [(breakdown: String, dimension: String, parts: [String])] = [
        ("sex", "sex", ["female", "male"]),
        ("age_group", "age_group", ["youth", "adults", "older"]),
    ]

    struct IndicatorRow: Decodable { let id: UUID; let disaggregation: String }
    struct EntryRow: Decodable { let id: UUID; let parts: String }

    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await db.schema(DimensionModel.schema).id()
            .field("code", .string, .required).field("name", .string, .required)
            .field("categories", .string, .required).field("definition", .string)
            .field("created_at", .datetime).field("updated_at", .datetime)
            .unique(on: "code").unique(on: "name")
            .create()
        try await db.schema(IndicatorDimensions.table).id()
            .field("owner_id", .uuid, .required, .references(IndicatorModel.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            // A dimension an indicator uses is not deleted under it (409).
            .field("item_id", .uuid, .required, .references(DimensionModel.schema, .id, onDelete: .restrict))
            .unique(on: "owner_id", "item_id")
            .create()
        var ids: [String: UUID] = [:]
        let now = Date()
        for d in BreakdownDimension.standard {
            let id = UUID()
            ids[d.code] = id
            try await sql.insert(into: DimensionModel.schema).columns("id", "code", "name", "categories", "created_at", "updated_at")
                .values(SQLBind(id), SQLBind(d.code), SQLBind(d.name), SQLBind(d.categoryLines.joined(separator: "\n")), SQLBind(now), SQLBind(now)).run()
        }
        for row in try await sql.select().columns("id", "disaggregation").from(IndicatorModel.schema).all(decoding: IndicatorRow.self) {
            guard let dimension = Self.legacy.first(where: { $0.breakdown == row.disaggregation }).flatMap({ ids[$0.dimension] }) else { continue }
            try await sql.insert(into: IndicatorDimensions.table).columns("id", "owner_id", "position", "item_id")
                .values(SQLBind(UUID()), SQLBind(row.id), SQLBind(0), SQLBind(dimension)).run()
        }
        for row in try await sql.select().columns("id", "parts").from(ResultEntryModel.schema).all(decoding: EntryRow.self) where !row.parts.isEmpty {
            try await sql.update(ResultEntryModel.schema).set("parts", to: SQLBind(Self.dimensioned(row.parts)))
                .where("id", .equal, SQLBind(row.id)).run()
        }
        try await db.schema(IndicatorModel.schema).deleteField("disaggregation").update()
    }

    /// `female=60` → `sex.female=60`; a part of no known breakdown is kept as it was.
    static func dimensioned(_ parts: String) -> String {
        parts.split(separator: "\n").map { line -> String in
            let key = line.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            guard let d = legacy.first(where: { $0.parts.contains(key) }) else { return String(line) }
            return "\(d.dimension).\(line)"
        }.joined(separator: "\n")
    }

    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await db.schema(IndicatorModel.schema).field("disaggregation", .string, .required, .sql(.default("none"))).update()
        struct Link: Decodable { let owner_id: UUID; let code: String }
        let links = try await sql.select().column(SQLColumn("owner_id", table: IndicatorDimensions.table)).column(SQLColumn("code", table: DimensionModel.schema))
            .from(IndicatorDimensions.table)
            .join(DimensionModel.schema, on: SQLColumn("item_id", table: IndicatorDimensions.table), .equal, SQLColumn("id", table: DimensionModel.schema))
            .all(decoding: Link.self)
        for link in links where Self.legacy.contains(where: { $0.dimension == link.code }) {
            try await sql.update(IndicatorModel.schema).set("disaggregation", to: SQLBind(link.code)).where("id", .equal, SQLBind(link.owner_id)).run()
        }
        for row in try await sql.select().columns("id", "parts").from(ResultEntryModel.schema).all(decoding: EntryRow.self) where !row.parts.isEmpty {
            let legacyParts = row.parts.split(separator: "\n").compactMap { line -> String? in
                let dc = line.split(separator: ".", maxSplits: 1)
                return dc.count == 2 && Self.legacy.contains { $0.dimension == dc[0] } ? String(dc[1]) : nil
            }
            try await sql.update(ResultEntryModel.schema).set("parts", to: SQLBind(legacyParts.joined(separator: "\n")))
                .where("id", .equal, SQLBind(row.id)).run()
        }
        try await db.schema(IndicatorDimensions.table).delete()
        try await db.schema(DimensionModel.schema).delete()
    }
}
