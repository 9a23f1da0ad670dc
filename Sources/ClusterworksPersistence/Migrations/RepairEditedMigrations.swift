import ClusterworksDomain
import FluentKit
import SQLKit

/// Three early commits added columns and tables by editing migrations that had already run, so a
/// database made before them lacks what the code reads. This adds each missing piece — and nothing
/// that is there — so a database of any earlier release reaches the same schema as a new one.
struct RepairEditedMigrations: AsyncMigration {
    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await addMissing(UserModel.schema, "organisation_id", sql, db) {
            $0.field("organisation_id", .uuid, .references(ActorModel.schema, .id, onDelete: .setNull))
        }
        try await addMissing(ClientProfileModel.schema, "local_share_before", sql, db) { $0.field("local_share_before", .double) }
        try await addMissing(ClientProfileModel.schema, "local_share_now", sql, db) { $0.field("local_share_now", .double) }
        try await addMissing(ChainStageModel.schema, "actor_ids", sql, db) { $0.field("actor_ids", .string, .required, .sql(.default(""))) }
        try await addMissing(ClusterMapRegionModel.schema, "strongest_lq", sql, db) { $0.field("strongest_lq", .double) }
        if try await !SchemaInspection.tableExists(RoundTableModel.schema, on: sql) {
            try await db.schema(RoundTableModel.schema).id()
                .field("network_id", .uuid, .required, .references(NetworkModel.schema, .id, onDelete: .cascade))
                .field("title", .string, .required).field("held_on", .string, .required).field("ended_on", .string)
                .field("place", .string).field("purpose", .string).field("actor_ids", .string, .required).field("person_ids", .string, .required)
                .field("women", .int).field("men", .int).field("outcomes", .string)
                .field("agreed_requirements", .string, .required).field("improvement_areas", .string, .required)
                .field("created_at", .datetime).field("updated_at", .datetime).create()
        }
        if try await !SchemaInspection.tableExists(LinkageUnitModel.schema, on: sql) {
            try await db.schema(LinkageUnitModel.schema).id()
                .field("project_id", .uuid, .required, .references(ProjectModel.schema, .id, onDelete: .cascade))
                .field("name", .string, .required)
                .field("host_institution_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .restrict))
                .field("established_on", .string).field("package", .string).unique(on: "project_id")
                .field("created_at", .datetime).field("updated_at", .datetime).create()
        }
        if try await !SchemaInspection.tableExists(FeeYearModel.schema, on: sql) {
            try await db.schema(FeeYearModel.schema).id()
                .field("project_id", .uuid, .required, .references(ProjectModel.schema, .id, onDelete: .cascade))
                .field("year", .int, .required).field("packages", .int, .required).field("fee", .double, .required)
                .field("unit_cost", .double, .required).field("invoiced", .double).field("paid", .double)
                .unique(on: "project_id", "year").field("created_at", .datetime).field("updated_at", .datetime).create()
        }
    }

    private func addMissing(_ table: String, _ column: String, _ sql: any SQLDatabase, _ db: any Database,
                            _ field: (SchemaBuilder) -> SchemaBuilder) async throws {
        guard try await !SchemaInspection.columns(table, on: sql).contains(column) else { return }
        try await field(db.schema(table)).update()
    }

    /// Nothing to take back: what it adds belongs to the schema the earlier migrations now describe.
    func revert(on db: any Database) async throws {}
}
