import FluentKit
import SQLKit

/// Network analyses kept per cluster and grouping, computed in the background.
struct AddNetworkAnalyses: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(NetworkAnalysisModel.schema).id()
            .field("cluster_id", .uuid, .required, .references(ClusterModel.schema, .id, onDelete: .cascade))
            .field("grouping", .string, .required).field("fingerprint", .string, .required)
            .field("status", .string, .required).field("step", .string).field("claim", .uuid)
            .field("requested_at", .datetime, .required).field("started_at", .datetime).field("finished_at", .datetime)
            .field("page_html", .string).field("csv", .string).field("api_json", .string).field("failure", .string)
            .unique(on: "cluster_id", "grouping")
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "network_analyses_status").on(NetworkAnalysisModel.schema).column("status").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(NetworkAnalysisModel.schema).delete()
    }
}
