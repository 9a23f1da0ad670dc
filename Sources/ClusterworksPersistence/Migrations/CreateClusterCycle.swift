import FluentKit
import SQLKit

/// The cluster development cycle: diagnostic, linkages, events, action plan with contributions and
/// reviews, handover, and the results framework. A cluster's parts go with it when it is deleted.
struct CreateClusterCycle: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await createDiagnostics(db)
        try await createPlan(db)
        try await createHandover(db)
        try await createResults(db)
        try await createIndexes(db)
    }

    /// Pages and the programme overview read a cluster's parts by cluster.
    private func createIndexes(_ db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for table in [EventModel.schema, PerceptionModel.schema, ChainStageModel.schema, LinkageModel.schema,
                      ActionModel.schema, ContributionModel.schema, ReadinessItemModel.schema] {
            try await sql.create(index: "\(table)_cluster").on(table).column("cluster_id").run()
        }
        try await sql.create(index: "result_entries_owner_cluster").on(ResultEntryModel.schema).column("owner_cluster_id").run()
    }

    private func part(_ db: any Database, _ name: String) -> SchemaBuilder {
        db.schema(name).id()
            .field("cluster_id", .uuid, .required, .references(ClusterModel.schema, .id, onDelete: .cascade))
    }

    private func stamped(_ b: SchemaBuilder) -> SchemaBuilder {
        b.field("created_at", .datetime).field("updated_at", .datetime)
    }

    private func createDiagnostics(_ db: any Database) async throws {
        try await stamped(part(db, EventModel.schema)
            .field("type", .string, .required).field("title", .string, .required)
            .field("held_on", .string, .required).field("ended_on", .string)
            .field("place", .string).field("purpose", .string)
            .field("actor_ids", .string, .required).field("person_ids", .string, .required)
            .field("women", .int).field("men", .int).field("group_counts", .string, .required)
            .field("outcomes", .string)).create()
        try await stamped(part(db, DiagnosticModel.schema)
            .field("version", .int, .required).field("status", .string, .required)
            .field("title", .string, .required).field("started_on", .string, .required)
            .field("production_system", .string).field("skill_system", .string).field("institutional_system", .string)
            .field("background", .string).field("earlier_cooperation", .string)
            .field("strengths", .string, .required).field("weaknesses", .string, .required)
            .field("opportunities", .string, .required).field("threats", .string, .required)
            .field("findings", .string).field("validated_on", .string).field("validated_by", .string)
            .field("validation_event_id", .uuid, .references(EventModel.schema, .id, onDelete: .setNull))
            .unique(on: "cluster_id", "version")).create()
        try await stamped(part(db, PerceptionModel.schema)
            .field("diagnostic_id", .uuid, .required, .references(DiagnosticModel.schema, .id, onDelete: .cascade))
            .field("theme", .string, .required).field("stakeholder_group", .string, .required)
            .field("severity", .string, .required).field("statement", .string, .required)).create()
        try await stamped(part(db, ChainStageModel.schema)
            .field("diagnostic_id", .uuid, .required, .references(DiagnosticModel.schema, .id, onDelete: .cascade))
            .field("position", .int, .required).field("name", .string, .required)
            .field("actors", .string).field("bottlenecks", .string, .required)).create()
        try await stamped(part(db, LinkageModel.schema)
            .field("from_actor_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("tie_type", .string, .required)
            .field("to_actor_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("status", .string, .required).field("recorded_on", .string, .required).field("note", .string)).create()
    }

    private func createPlan(_ db: any Database) async throws {
        try await stamped(part(db, ActionPlanModel.schema)
            .field("vision", .string, .required).field("objectives", .string, .required)
            .field("adopted_on", .string, .required).field("horizon_end", .string)
            .field("currency", .string, .required).field("version", .int, .required)
            .unique(on: "cluster_id")).create()
        try await stamped(part(db, ActionModel.schema)
            .field("title", .string, .required).field("objective", .string).field("type", .string, .required)
            .field("lead_actor_id", .uuid, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("partner_ids", .string, .required).field("start_on", .string).field("end_on", .string)
            .field("status", .string, .required).field("percent_complete", .int)
            .field("expected_outputs", .string).field("achieved_outputs", .string)).create()
        try await stamped(part(db, ContributionModel.schema)
            .field("action_id", .uuid, .required, .references(ActionModel.schema, .id, onDelete: .cascade))
            .field("funder_name", .string, .required)
            .field("funder_actor_id", .uuid, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("funder_kind", .string, .required).field("form", .string, .required)
            .field("pledged", .double, .required).field("pledged_on", .string, .required)
            .field("paid", .double).field("paid_on", .string)).create()
        try await stamped(part(db, PlanReviewModel.schema)
            .field("version", .int, .required).field("reviewed_on", .string, .required).field("participants", .string)
            .field("checked", .string, .required).field("learned", .string, .required).field("changes", .string, .required)
            .field("progress", .string, .required).field("snapshot", .string, .required)
            .unique(on: "cluster_id", "version")).create()
    }

    private func createHandover(_ db: any Database) async throws {
        try await stamped(part(db, HandoverPlanModel.schema)
            .field("institution_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("agreed_on", .string, .required).field("takeover_on", .string, .required)
            .field("broker_name", .string).field("governance", .string).field("notes", .string)
            .unique(on: "cluster_id")).create()
        try await stamped(part(db, ReadinessItemModel.schema)
            .field("item", .string, .required).field("met", .bool, .required).field("met_on", .string)
            .field("evidence", .string)).create()
        try await stamped(part(db, BrokerCostStepModel.schema)
            .field("from_on", .string, .required).field("project_share", .double, .required)
            .field("institution_share", .double, .required).field("note", .string)
            .unique(on: "cluster_id", "from_on")).create()
    }

    private func createResults(_ db: any Database) async throws {
        try await stamped(db.schema(IndicatorModel.schema).id()
            .field("name", .string, .required).unique(on: "name")
            .field("unit", .string, .required).field("scale", .string, .required).field("level", .string, .required)
            .field("direction", .string, .required).field("disaggregation", .string, .required)
            .field("definition", .string).field("source", .string)).create()
        try await stamped(db.schema(ResultEntryModel.schema).id()
            .field("owner_cluster_id", .uuid, .references(ClusterModel.schema, .id, onDelete: .cascade))
            .field("indicator_id", .uuid, .required, .references(IndicatorModel.schema, .id, onDelete: .restrict))
            .field("kind", .string, .required)
            .field("actor_id", .uuid, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("network_id", .uuid, .references(NetworkModel.schema, .id, onDelete: .restrict))
            .field("observed_on", .string, .required).field("value", .double, .required).field("unit", .string)
            .field("parts", .string, .required)
            .field("diagnostic_id", .uuid, .references(DiagnosticModel.schema, .id, onDelete: .setNull))
            .field("source", .string).field("note", .string)).create()
    }

    func revert(on db: any Database) async throws {
        for name in [ResultEntryModel.schema, IndicatorModel.schema, BrokerCostStepModel.schema, ReadinessItemModel.schema,
                     HandoverPlanModel.schema, PlanReviewModel.schema, ContributionModel.schema, ActionModel.schema,
                     ActionPlanModel.schema, LinkageModel.schema, ChainStageModel.schema, PerceptionModel.schema,
                     DiagnosticModel.schema, EventModel.schema] {
            try await db.schema(name).delete()
        }
    }
}
