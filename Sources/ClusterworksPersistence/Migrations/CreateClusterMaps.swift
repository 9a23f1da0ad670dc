import FluentKit
import SQLKit

/// Cluster maps from uploaded regional statistics: the run, its regions, their candidate clusters;
/// and the organisations at each stage of a value chain, which group the network analysis.
struct CreateClusterMaps: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ChainStageModel.schema).field("actor_ids", .string, .required, .sql(.default(""))).update()
        try await db.schema(ClusterMapModel.schema).id()
            .field("name", .string, .required).field("country_code", .string)
            .field("created_by", .uuid, .references(UserModel.schema, .id, onDelete: .setNull))
            .field("first_year", .int, .required).field("last_year", .int, .required)
            .field("row_count", .int, .required).field("region_count", .int, .required).field("industry_count", .int, .required)
            .field("cluster_count", .int, .required).field("strong_count", .int, .required)
            .field("created_at", .datetime).create()
        try await db.schema(ClusterMapRegionModel.schema).id()
            .field("map_id", .uuid, .required, .references(ClusterMapModel.schema, .id, onDelete: .cascade))
            .field("name", .string, .required).field("latitude", .double).field("longitude", .double)
            .field("traded_employment", .double, .required).field("strong_count", .int, .required).field("strongest_lq", .double).create()
        try await db.schema(ClusterMapCandidateModel.schema).id()
            .field("map_id", .uuid, .required, .references(ClusterMapModel.schema, .id, onDelete: .cascade))
            .field("region_id", .uuid, .required, .references(ClusterMapRegionModel.schema, .id, onDelete: .cascade))
            .field("rank", .int, .required).field("cluster", .string, .required)
            .field("employment", .double, .required).field("establishments", .double, .required).field("wage", .double)
            .field("lq", .double, .required).field("strong", .bool, .required).field("top_three", .bool, .required)
            .field("employment_change", .double).field("growth_rate", .double).create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "cluster_map_regions_map").on(ClusterMapRegionModel.schema).column("map_id").run()
        try await sql.create(index: "cluster_map_candidates_region").on(ClusterMapCandidateModel.schema).column("region_id").run()
        try await sql.create(index: "cluster_map_candidates_map").on(ClusterMapCandidateModel.schema).column("map_id").run()
    }

    func revert(on db: any Database) async throws {
        for table in [ClusterMapCandidateModel.schema, ClusterMapRegionModel.schema, ClusterMapModel.schema] { try await db.schema(table).delete() }
        try await db.schema(ChainStageModel.schema).deleteField("actor_ids").update()
    }
}
