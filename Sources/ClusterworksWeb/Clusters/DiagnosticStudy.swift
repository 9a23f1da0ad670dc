import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// What a diagnostic's page shows beyond its fields, loaded once: the value chain with its
/// bottlenecks and organisations, the perceptions by stakeholder group and the figures found.
/// `DiagnosticView` draws it without a database.
struct DiagnosticStudy: Sendable {
    struct Organisation: Sendable { let id: UUID; let name: String }

    struct Stage: Sendable {
        let id: UUID
        let name: String
        let actors: String?
        let bottlenecks: [String]
        let organisations: [Organisation]
    }

    struct Perception: Sendable {
        let id: UUID
        let entry: PerceptionMatrix.Entry
    }

    let clusterId: UUID
    let diagnosticId: UUID
    let stages: [Stage]
    let perceptions: [Perception]
    /// The figures the study found, drafts included: its baselines.
    let figures: ResultsTable.Sheet
    /// The form's token when the reader may start a new version; nil when they may not.
    let newVersionToken: String?

    static func load(_ cluster: ClusterModel, _ d: DiagnosticModel, mayEdit: Bool, _ req: Request) async throws -> DiagnosticStudy {
        let id = try d.requireID(), clusterId = try cluster.requireID()
        let stages = try await RecordQuery.withLinks(ChainStageModel.query(on: req.db)).filter(\.$diagnosticId == id).sort(\.$position).all()
        let names = try await ReferenceDirectory.titles(.actor, stages.flatMap { $0.values.ids("actorIds") }, on: req.db)
        let perceptions = try await PerceptionModel.query(on: req.db).filter(\.$diagnosticId == id).sort(\.$createdAt).all()
        let figures = try await ResultEntryModel.owned(by: .cluster, clusterId, on: req.db).filter(\.$diagnosticId == id).all()
        return DiagnosticStudy(
            clusterId: clusterId, diagnosticId: id,
            stages: stages.map { s in
                Stage(id: s.id!, name: s.name, actors: s.actors, bottlenecks: s.bottlenecks.split(separator: "\n").map(String.init),
                      organisations: s.values.ids("actorIds").compactMap { a in names[a].map { Organisation(id: a, name: $0) } })
            },
            perceptions: perceptions.compactMap { p in
                guard let g = StakeholderGroup(rawValue: p.stakeholderGroup), let s = PerceptionSeverity(rawValue: p.severity), let id = p.id else { return nil }
                return Perception(id: id, entry: .init(theme: p.theme, group: g, severity: s, statement: p.statement))
            },
            figures: try await .load(figures, approvedOnly: false, on: req.db),
            newVersionToken: mayEdit ? try req.requireSignedIn().csrfToken : nil)
    }
}
