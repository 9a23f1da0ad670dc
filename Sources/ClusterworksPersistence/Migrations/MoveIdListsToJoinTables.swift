import FluentKit
import Foundation
import SQLKit

/// Lists of record ids were kept as text, an id a line; each becomes a join table (`ListedReference`)
/// with foreign keys on both sides, its rows carried over in order. An id that named no record any
/// more (its record deleted since) is not carried: the table could not hold it.
struct MoveIdListsToJoinTables: AsyncMigration {
    struct IdList {
        let owner: String, column: String, table: String, target: String
    }

    static let lists: [IdList] = [
        .init(owner: "cluster_events", column: "actor_ids", table: EventActors.table, target: "actors"),
        .init(owner: "cluster_events", column: "person_ids", table: EventPersons.table, target: "persons"),
        .init(owner: "round_tables", column: "actor_ids", table: RoundTableActors.table, target: "actors"),
        .init(owner: "round_tables", column: "person_ids", table: RoundTablePersons.table, target: "persons"),
        .init(owner: "plan_actions", column: "partner_ids", table: ActionPartners.table, target: "actors"),
        .init(owner: "chain_stages", column: "actor_ids", table: ChainStageActors.table, target: "actors"),
        .init(owner: "joint_projects", column: "participant_ids", table: JointProjectParticipants.table, target: "actors"),
    ]

    struct TextRow: Decodable { let id: UUID, items: String }
    struct IdRow: Decodable { let id: UUID }

    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for list in Self.lists {
            try await db.schema(list.table).id()
                .field("owner_id", .uuid, .required, .references(list.owner, .id, onDelete: .cascade))
                .field("position", .int, .required)
                .field("item_id", .uuid, .required, .references(list.target, .id, onDelete: .cascade))
                .unique(on: "owner_id", "item_id")
                .create()
            // The other way round — which events did this firm attend — is a lookup too.
            try await sql.create(index: "\(list.table)_item").on(list.table).column("item_id").run()
            try await carry(list, sql)
            try await db.schema(list.owner).deleteField(.string(list.column)).update()
        }
    }

    private func carry(_ list: IdList, _ sql: any SQLDatabase) async throws {
        let known = Set(try await sql.select().column("id").from(list.target).all(decoding: IdRow.self).map(\.id))
        let rows = try await sql.select().column("id").column(SQLColumn(list.column), as: "items").from(list.owner).all(decoding: TextRow.self)
        var values: [[any SQLExpression]] = []
        for row in rows {
            var seen = Set<UUID>()
            let ids = row.items.split(whereSeparator: \.isNewline).compactMap { UUID(uuidString: String($0)) }
                .filter { known.contains($0) && seen.insert($0).inserted }
            for (position, id) in ids.enumerated() { values.append([SQLBind(UUID()), SQLBind(row.id), SQLBind(position), SQLBind(id)]) }
        }
        // In chunks, well under SQLite's limit of bound values in one statement.
        for chunk in stride(from: 0, to: values.count, by: 200) {
            let insert = sql.insert(into: list.table).columns("id", "owner_id", "position", "item_id")
            for row in values[chunk..<min(chunk + 200, values.count)] { insert.values(row) }
            try await insert.run()
        }
    }

    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        struct Item: Decodable { let owner_id: UUID, item_id: UUID }
        for list in Self.lists.reversed() {
            try await db.schema(list.owner).field(.string(list.column), .string, .required, .sql(.default(""))).update()
            let items = try await sql.select().columns("owner_id", "item_id").from(list.table).orderBy("owner_id").orderBy("position")
                .all(decoding: Item.self)
            for (owner, rows) in Dictionary(grouping: items, by: \.owner_id) {
                try await sql.update(list.owner).set(SQLColumn(list.column), to: SQLBind(rows.map { $0.item_id.uuidString.lowercased() }.joined(separator: "\n")))
                    .where("id", .equal, SQLBind(owner)).run()
            }
            try await db.schema(list.table).delete()
        }
    }
}
