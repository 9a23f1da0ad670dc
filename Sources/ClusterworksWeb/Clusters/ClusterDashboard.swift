import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The cluster's story at a glance on its page (`ClusterView` of its `ClusterStanding`), and the
/// cost sharing of a project's clusters.
enum ClusterDashboard {
    static func render(_ cluster: ClusterModel, _ req: Request) async throws -> HTML {
        ClusterView.render(try await ClusterStanding.load(cluster, req))
    }

    /// The cost sharing of all the project's clusters together.
    static func projectCostSharing(_ project: ProjectModel, _ clusters: [ClusterModel], _ req: Request) async throws -> HTML {
        let ids = clusters.compactMap(\.id)
        let items = ids.isEmpty ? [] : try await ContributionModel.query(on: req.db).filter(\.$clusterId ~~ ids).all()
        return "<section><h2>\(L("Cost sharing across the project's clusters"))</h2>\(PlanPages.costTable(CostSharing(items.compactMap(\.share)), currency: project.currency ?? "USD"))</section>"
    }
}
