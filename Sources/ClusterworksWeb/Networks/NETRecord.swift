import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// What a network's NET section shows, loaded once: its assessments, the targets that apply to it,
/// its own targets, and whether the reader may set them. `NETView` draws it without a database.
struct NETRecord: Sendable {
    struct Assessment: Sendable {
        let id: UUID
        let assessedOn: String
        let phase: NetworkPhase
        let scores: [NETIndicator: Double]
        let scale: NETScale
    }

    let networkId: UUID
    /// Oldest first.
    let assessments: [Assessment]
    let targets: NETTargets
    /// The network's own targets where they differ from the programme's.
    let overrides: [NetworkPhase: [NETIndicator: Double]]
    /// The form's token when the reader may set the network's own targets; nil when they may not.
    let overrideToken: String?

    static func load(_ network: NetworkModel, _ items: [NETAssessmentModel], _ req: Request) async throws -> NETRecord {
        let id = try network.requireID()
        let s = try req.requireSignedIn()
        let mayOverride = EditPolicy.canOverride(s.principal, chain: try await Registries.networks.chain(of: network, on: req.db))
        return NETRecord(networkId: id, assessments: items.sorted { $0.assessedOn < $1.assessedOn }.map(Assessment.init),
                         targets: try await NETSettings.targets(for: id, on: req.db), overrides: try await NETSettings.overrides(id, on: req.db),
                         overrideToken: mayOverride ? s.csrfToken : nil)
    }
}

extension NETRecord.Assessment {
    init(_ a: NETAssessmentModel) {
        self.init(id: a.id!, assessedOn: a.assessedOn, phase: a.networkPhase, scores: a.scores, scale: a.scale)
    }
}
