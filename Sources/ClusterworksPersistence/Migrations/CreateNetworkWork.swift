import ClusterworksDomain
import FluentKit
import SQLKit

/// Horizontal networks' work: phase decisions, rules and business plans with versions, joint
/// projects with contributions, NET assessments and targets, relations beyond the network; the
/// network's legal form and dissolution; figures owned by a network.
struct CreateNetworkWork: AsyncMigration {
    func prepare(on db: any Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        for column in ["legal_form", "dissolved_on", "dissolution_reason"] {
            try await db.schema(NetworkModel.schema).field(.string(column), .string).update()
        }
        try await db.schema(ResultEntryModel.schema)
            .field("owner_network_id", .uuid, .references(NetworkModel.schema, .id, onDelete: .cascade)).update()
        try await stamped(part(db, PhaseDecisionModel.schema)
            .field("decided_on", .string, .required).field("from_phase", .string, .required).field("to_phase", .string)
            .field("dissolution", .string).field("reason", .string, .required).field("override", .bool, .required)
            .field("justification", .string)).create()
        try await stamped(part(db, NetworkRulesModel.schema)
            .field("version", .int, .required).field("title", .string, .required).field("text", .string, .required)
            .field("adopted_on", .string).unique(on: "network_id", "version")).create()
        try await stamped(part(db, BusinessPlanModel.schema)
            .field("version", .int, .required).field("title", .string, .required).field("objectives", .string, .required)
            .field("joint_activities", .string, .required).field("budget", .double).field("currency", .string)
            .field("period_start", .string).field("period_end", .string).field("adopted_on", .string)
            .unique(on: "network_id", "version")).create()
        try await stamped(part(db, JointProjectModel.schema)
            .field("title", .string, .required).field("scale", .string, .required).field("type", .string, .required)
            .field("participant_ids", .string, .required).field("start_on", .string).field("end_on", .string)
            .field("status", .string, .required).field("description", .string).field("results", .string)).create()
        try await stamped(part(db, ProjectContributionModel.schema)
            .field("joint_project_id", .uuid, .required, .references(JointProjectModel.schema, .id, onDelete: .cascade))
            .field("funder_name", .string, .required)
            .field("funder_actor_id", .uuid, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("funder_kind", .string, .required).field("form", .string, .required)
            .field("pledged", .double, .required).field("pledged_on", .string, .required)
            .field("paid", .double).field("paid_on", .string)).create()
        try await createAssessments(db)
        try await stamped(part(db, NetworkRelationModel.schema)
            .field("type", .string, .required)
            .field("actor_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("since", .string).field("description", .string)).create()
        try await db.schema(NETTargetModel.schema).id()
            .field("network_id", .uuid, .references(NetworkModel.schema, .id, onDelete: .cascade))
            .field("phase", .string, .required).field("indicator", .string, .required).field("target", .double, .required)
            .create()
        try await db.schema(ProgrammeSettingModel.schema).id()
            .field("key", .string, .required).unique(on: "key").field("value", .string, .required).create()
        guard let sql = db as? any SQLDatabase else { return }
        for table in [PhaseDecisionModel.schema, JointProjectModel.schema, NETAssessmentModel.schema, ProjectContributionModel.schema] {
            try await sql.create(index: "\(table)_network").on(table).column("network_id").run()
        }
    }

    private func createAssessments(_ db: any Database) async throws {
        var b = part(db, NETAssessmentModel.schema)
            .field("assessed_on", .string, .required).field("phase", .string, .required).field("assessor", .string, .required)
            .field("scale_min", .int, .required).field("scale_max", .int, .required)
        for i in NETIndicator.allCases {
            b = b.field(.string(i.rawValue + "_score"), .int, .required).field(.string(i.rawValue + "_evidence"), .string)
        }
        try await stamped(b.field("depends_on_broker", .bool, .required).field("notes", .string)).create()
    }

    private func part(_ db: any Database, _ name: String) -> SchemaBuilder {
        db.schema(name).id()
            .field("network_id", .uuid, .required, .references(NetworkModel.schema, .id, onDelete: .cascade))
    }

    private func stamped(_ b: SchemaBuilder) -> SchemaBuilder {
        b.field("created_at", .datetime).field("updated_at", .datetime)
    }

    func revert(on db: any Database) async throws {
        for name in [ProgrammeSettingModel.schema, NETTargetModel.schema, NetworkRelationModel.schema, NETAssessmentModel.schema,
                     ProjectContributionModel.schema, JointProjectModel.schema, BusinessPlanModel.schema, NetworkRulesModel.schema,
                     PhaseDecisionModel.schema] {
            try await db.schema(name).delete()
        }
        try await db.schema(ResultEntryModel.schema).deleteField("owner_network_id").update()
        for column in ["legal_form", "dissolved_on", "dissolution_reason"] {
            try await db.schema(NetworkModel.schema).deleteField(.string(column)).update()
        }
    }
}
