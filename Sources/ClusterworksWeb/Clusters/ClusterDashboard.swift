import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The cluster's story at a glance on its page (`ClusterView` of its `ClusterStanding`).
enum ClusterDashboard {
    static func render(_ cluster: ClusterModel, _ req: Request) async throws -> HTML {
        ClusterView.render(try await ClusterStanding.load(cluster, req))
    }
}
