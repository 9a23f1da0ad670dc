import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// Where a cluster stands: everything its page and the programme overview show, read with one
/// query per kind of part however many clusters are asked for.
struct ClusterStatus: Sendable {
    var facts: ClusterFacts
    var diagnostic: (version: Int, status: DiagnosticStatus)?
    var ties: (existing: Int, toStrengthen: Int, missing: Int) = (0, 0, 0)
    var participation = ParticipationSeries([])
    var actions: [ActionStatus: Int] = [:]
    var planVersion: Int?
    var reviews = 0
    var cost = CostSharing([])
    var currency = "USD"
    var results: (onTrack: Int, measured: Int, total: Int) = (0, 0, 0)
    var handoverInstitution: UUID?

    var actionsTotal: Int { actions.values.reduce(0, +) }

    static func load(_ clusters: [ClusterModel], on db: any Database) async throws -> [UUID: ClusterStatus] {
        let ids = clusters.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        let today = RecordValidation.context.today
        var out: [UUID: ClusterStatus] = [:]
        for c in clusters {
            var f = ClusterFacts(today: today)
            f.inProject = c.$project.id != nil
            out[c.id!] = ClusterStatus(facts: f)
        }
        for d in try await DiagnosticModel.query(on: db).filter(\.$clusterId ~~ ids).all() {
            out[d.clusterId]!.facts.diagnosticStarted = true
            if d.diagnosticStatus == .validated { out[d.clusterId]!.facts.diagnosticValidated = true }
            if d.version >= (out[d.clusterId]!.diagnostic?.version ?? 0) { out[d.clusterId]!.diagnostic = (d.version, d.diagnosticStatus) }
        }
        let ties = try await LinkageModel.query(on: db).filter(\.$clusterId ~~ ids).all()
        for (cid, items) in Dictionary(grouping: ties, by: \.clusterId) {
            let map = LinkageMap(items.compactMap(\.tie), on: nil)
            out[cid]!.ties = (map.count(.existing), map.count(.toStrengthen), map.count(.missing))
        }
        let events = try await EventModel.query(on: db).filter(\.$clusterId ~~ ids).all()
        for (cid, items) in Dictionary(grouping: events, by: \.clusterId) {
            out[cid]!.facts.events = items.count
            out[cid]!.participation = ParticipationSeries(items.compactMap(\.participation))
        }
        for p in try await ActionPlanModel.query(on: db).filter(\.$clusterId ~~ ids).all() {
            out[p.clusterId]!.facts.hasPlan = !p.vision.isEmpty
            out[p.clusterId]!.planVersion = p.version
            out[p.clusterId]!.currency = p.currency
        }
        for a in try await ActionModel.query(on: db).filter(\.$clusterId ~~ ids).all() {
            out[a.clusterId]!.actions[a.actionStatus, default: 0] += 1
            if a.leadActorId != nil { out[a.clusterId]!.facts.actionsWithLead += 1 }
        }
        for r in try await PlanReviewModel.query(on: db).filter(\.$clusterId ~~ ids).all() { out[r.clusterId]!.reviews += 1 }
        let contributions = try await ContributionModel.query(on: db).filter(\.$clusterId ~~ ids).all()
        for (cid, items) in Dictionary(grouping: contributions, by: \.clusterId) { out[cid]!.cost = CostSharing(items.compactMap(\.share)) }
        let entries = try await ResultEntryModel.query(on: db).filter(\.$ownerClusterId ~~ ids).all()
        let indicators = Dictionary(uniqueKeysWithValues: try await IndicatorModel.query(on: db).all().map { ($0.id!, $0) })
        for (cid, items) in Dictionary(grouping: entries, by: { $0.ownerClusterId! }) {
            for series in Dictionary(grouping: items, by: \.seriesKey).values {
                guard let indicator = indicators[series[0].indicatorId] else { continue }
                let p = ResultProgress(series.compactMap(\.figure), direction: indicator.indicatorDirection)
                out[cid]!.results.total += 1
                if p.latest != nil { out[cid]!.results.measured += 1 }
                if p.status == .onTrack || p.status == .reached { out[cid]!.results.onTrack += 1 }
            }
        }
        for h in try await HandoverPlanModel.query(on: db).filter(\.$clusterId ~~ ids).all() {
            out[h.clusterId]!.facts.handoverInstitution = true
            out[h.clusterId]!.handoverInstitution = h.institutionId
        }
        for i in try await ReadinessItemModel.query(on: db).filter(\.$clusterId ~~ ids).all() {
            out[i.clusterId]!.facts.readinessItems += 1
            if i.met { out[i.clusterId]!.facts.readinessMet += 1 }
        }
        let steps = try await BrokerCostStepModel.query(on: db).filter(\.$clusterId ~~ ids).all()
        for (cid, items) in Dictionary(grouping: steps, by: \.clusterId) {
            out[cid]!.facts.fullTakeover = BrokerCostSchedule(items.compactMap(\.step)).fullTakeover
        }
        return out
    }

    static func load(_ cluster: ClusterModel, on db: any Database) async throws -> ClusterStatus {
        try await load([cluster], on: db)[cluster.id!]!
    }
}
