import ClusterworksDomain
import FluentKit
import SQLKit

/// Vertical networks: supplier evaluations, client profiles (weights and needs), integrated
/// improvement plans and their actions, partnership decisions.
struct CreateSupplierDevelopment: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(UserModel.schema)
            .field("organisation_id", .uuid, .references(ActorModel.schema, .id, onDelete: .setNull)).update()
        var evaluations = part(db, SupplierEvaluationModel.schema)
            .field("supplier_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("evaluated_on", .string, .required).field("evaluator", .string, .required).field("certifications", .string, .required)
        for c in SupplierCriterion.allCases {
            evaluations = evaluations.field(.string(c.rawValue + "_score"), .int, .required).field(.string(c.rawValue + "_evidence"), .string)
        }
        try await stamped(evaluations.field("notes", .string)).create()
        var profiles = part(db, ClientProfileModel.schema)
            .field("client_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("products", .string, .required).field("volumes", .string).field("certifications", .string, .required)
            .field("local_share_before", .double).field("local_share_now", .double)
        for c in SupplierCriterion.allCases {
            profiles = profiles.field(.string(c.rawValue + "_weight"), .double, .required).field(.string("min_" + c.rawValue), .int)
        }
        try await stamped(profiles.unique(on: "network_id", "client_id")).create()
        try await stamped(part(db, ImprovementPlanModel.schema)
            .field("firm_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("start_on", .string, .required).field("end_on", .string, .required).field("objectives", .string, .required)).create()
        try await stamped(part(db, ImprovementActionModel.schema)
            .field("plan_id", .uuid, .required, .references(ImprovementPlanModel.schema, .id, onDelete: .cascade))
            .field("category", .string, .required).field("title", .string, .required).field("owner", .string, .required)
            .field("start_on", .string, .required).field("end_on", .string, .required)
            .field("cost", .double).field("payer", .string).field("status", .string, .required)).create()
        try await stamped(part(db, PartnershipDecisionModel.schema)
            .field("client_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("supplier_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("decided_on", .string, .required).field("entered", .bool, .required)
            .field("contract_value", .double).field("contract_start", .string).field("contract_end", .string)
            .field("lender", .string).field("loan_amount", .double).field("notes", .string)).create()
        try await stamped(part(db, RoundTableModel.schema)
            .field("title", .string, .required).field("held_on", .string, .required).field("ended_on", .string)
            .field("place", .string).field("purpose", .string).field("actor_ids", .string, .required).field("person_ids", .string, .required)
            .field("women", .int).field("men", .int).field("outcomes", .string)
            .field("agreed_requirements", .string, .required).field("improvement_areas", .string, .required)).create()
        try await stamped(db.schema(LinkageUnitModel.schema).id()
            .field("project_id", .uuid, .required, .references(ProjectModel.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("host_institution_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("established_on", .string).field("package", .string).unique(on: "project_id")).create()
        try await stamped(db.schema(FeeYearModel.schema).id()
            .field("project_id", .uuid, .required, .references(ProjectModel.schema, .id, onDelete: .cascade))
            .field("year", .int, .required).field("packages", .int, .required).field("fee", .double, .required)
            .field("unit_cost", .double, .required).field("invoiced", .double).field("paid", .double)
            .unique(on: "project_id", "year")).create()
        guard let sql = db as? any SQLDatabase else { return }
        for table in [SupplierEvaluationModel.schema, ImprovementActionModel.schema] {
            try await sql.create(index: "\(table)_network").on(table).column("network_id").run()
        }
    }

    private func part(_ db: any Database, _ name: String) -> SchemaBuilder {
        db.schema(name).id().field("network_id", .uuid, .required, .references(NetworkModel.schema, .id, onDelete: .cascade))
    }

    private func stamped(_ b: SchemaBuilder) -> SchemaBuilder { b.field("created_at", .datetime).field("updated_at", .datetime) }

    func revert(on db: any Database) async throws {
        for name in [FeeYearModel.schema, LinkageUnitModel.schema, RoundTableModel.schema, PartnershipDecisionModel.schema, ImprovementActionModel.schema, ImprovementPlanModel.schema,
                     ClientProfileModel.schema, SupplierEvaluationModel.schema] {
            try await db.schema(name).delete()
        }
        try await db.schema(UserModel.schema).deleteField("organisation_id").update()
    }
}
