import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// What a cluster's page shows first, loaded once: where the cycle stands, the ties now, the plan,
/// costs, results and handover. `ClusterView` draws it without a database.
struct ClusterStanding: Sendable {
    let id: UUID
    let name: String
    let stage: ClusterStage
    let status: ClusterStatus
    let ties: [LinkageMap.Tie]
    let actors: [UUID: LinkageGraph.Node]
    let results: ResultsTable.Sheet
    /// The institution that takes the cluster over, by name.
    let handoverInstitution: String?
    /// The form's token when the reader may move the cluster to its next stage; nil when they may not.
    let moveToken: String?

    static func load(_ cluster: ClusterModel, _ req: Request) async throws -> ClusterStanding {
        let id = try cluster.requireID()
        let status = try await ClusterStatus.load(cluster, today: req.today, on: req.db)
        let s = try req.requireSignedIn()
        let mayEdit = try await Registries.clusters.canEdit(s, cluster, on: req.db)
        let (ties, actors) = try await LinkagePages.maps(try await LinkageModel.owned(by: .cluster, id, on: req.db).all(), on: req.db)
        let entries = try await ResultEntryModel.owned(by: .cluster, id, on: req.db).all()
        let institution = try await status.handoverInstitution.asyncMap { try await ReferenceDirectory.titles(.actor, [$0], on: req.db)[$0] ?? "?" }
        return ClusterStanding(id: id, name: cluster.name, stage: cluster.stage, status: status, ties: ties, actors: actors,
                               results: try await .load(entries, on: req.db), handoverInstitution: institution,
                               moveToken: mayEdit ? s.csrfToken : nil)
    }
}
