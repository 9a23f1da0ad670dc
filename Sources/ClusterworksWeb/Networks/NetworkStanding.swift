import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// What a horizontal network's page shows first, loaded once: its phase, members over the years,
/// latest NET, joint projects and links beyond it. `NetworkView` draws it without a database.
struct NetworkStanding: Sendable {
    struct JointProject: Sendable {
        let id: UUID
        let title: String
        let scale: Phrase
        let status: Phrase
    }

    struct Relation: Sendable {
        let type: Phrase
        let actorId: UUID
        let actor: String
        let since: String?
    }

    let id: UUID
    let name: String
    let phase: NetworkPhase
    let dissolvedOn: String?
    let members: MembershipTurnover
    let latest: NETRecord.Assessment?
    let targets: NETTargets
    /// Indicators of the latest assessment at or above their target.
    let atOrAboveTarget: Int?
    let projects: [JointProject]
    let relations: [Relation]
    let legalForm: Phrase?

    static func load(_ network: NetworkModel, _ req: Request) async throws -> NetworkStanding {
        let id = try network.requireID()
        let status = try await NetworkStatus.load(network, today: req.today, on: req.db)
        let projects = try await JointProjectModel.owned(by: .network, id, on: req.db).all()
        let relations = try await NetworkRelationModel.owned(by: .network, id, on: req.db).all()
        let names = try await ReferenceDirectory.titles(.actor, relations.map(\.actorId), on: req.db)
        return NetworkStanding(
            id: id, name: network.name, phase: NetworkPhases.current(NetworkPhase.self, network), dissolvedOn: network.dissolvedOn,
            members: MembershipTurnover(status.members, until: req.today), latest: status.latest.map(NETRecord.Assessment.init),
            targets: status.targets, atOrAboveTarget: status.comparison?.atOrAboveTarget,
            projects: projects.map { p in
                JointProject(id: p.id!, title: p.titleText, scale: JointProjectScale(rawValue: p.scale)?.label ?? .verbatim(p.scale),
                             status: JointProjectStatus(rawValue: p.status)?.label ?? .verbatim(p.status))
            },
            relations: relations.map { r in
                Relation(type: NetworkRelationType(rawValue: r.type)?.label ?? .verbatim(r.type), actorId: r.actorId, actor: names[r.actorId] ?? "?", since: r.since)
            },
            legalForm: network.legalForm.flatMap(LegalForm.init(rawValue:))?.label)
    }
}
