import Foundation
import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import SQLKit

/// Where a cluster stands: everything its page and the programme overview show, read with one
/// query per kind of part however many clusters are asked for.
package struct ClusterStatus: Sendable {
    package var facts: ClusterFacts
    package var diagnostic: (version: Int, status: DiagnosticStatus)?
    /// The latest validated version, which stays the cluster's agreed diagnostic while a new one is drafted.
    package var validatedDiagnostic: Int?

    /// "version 1 validated; version 2 in draft", or the one version and its state.
    package var diagnosticText: Phrase? {
        guard let d = diagnostic else { return nil }
        let version = String(d.version)
        if let v = validatedDiagnostic, v != d.version {
            return d.status == .draft ? L("Version \(String(v)) validated; version \(version) in draft") : L("Version \(String(v)) validated; version \(version) validated")
        }
        return d.status == .draft ? L("Version \(version) in draft") : L("Version \(version) validated")
    }
    package var ties: (existing: Int, toStrengthen: Int, missing: Int, conflict: Int) = (0, 0, 0, 0)
    package var participation = ParticipationSeries([])
    package var actions: [ActionStatus: Int] = [:]
    package var planVersion: Int?
    package var reviews = 0
    package var cost = CostSharing([])
    package var currency = "USD"
    package var results: (onTrack: Int, measured: Int, total: Int) = (0, 0, 0)
    package var handoverInstitution: UUID?

    package var actionsTotal: Int { actions.values.reduce(0, +) }

    /// A cluster's standing from its facts; the rest is filled as its parts are read (or by a view's test).
    package init(facts: ClusterFacts) { self.facts = facts }

    package static func load(_ clusters: [ClusterModel], today: CalendarDate, on db: any Database) async throws -> [UUID: ClusterStatus] {
        let ids = clusters.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        var out: [UUID: ClusterStatus] = [:]
        for c in clusters {
            var f = ClusterFacts(today: today)
            f.inProject = c.$project.id != nil
            out[c.id!] = ClusterStatus(facts: f)
        }
        for d in try await DiagnosticModel.query(on: db).filter(\.$clusterId ~~ ids).all() {
            out[d.clusterId]!.facts.diagnosticStarted = true
            if d.diagnosticStatus == .validated {
                out[d.clusterId]!.facts.diagnosticValidated = true
                out[d.clusterId]!.validatedDiagnostic = max(out[d.clusterId]!.validatedDiagnostic ?? 0, d.version)
            }
            if d.version >= (out[d.clusterId]!.diagnostic?.version ?? 0) { out[d.clusterId]!.diagnostic = (d.version, d.diagnosticStatus) }
        }
        let sql = try SQLAccess.sql(db)
        try await loadTies(sql, ids, into: &out)
        try await loadEvents(sql, ids, into: &out)
        for p in try await ActionPlanModel.query(on: db).filter(\.$clusterId ~~ ids).all() {
            out[p.clusterId]!.facts.hasPlan = !p.vision.isEmpty
            out[p.clusterId]!.planVersion = p.version
            out[p.clusterId]!.currency = p.currency
        }
        try await loadActions(sql, ids, into: &out)
        for r in try await PlanReviewModel.query(on: db).filter(\.$clusterId ~~ ids).all() { out[r.clusterId]!.reviews += 1 }
        try await loadCosts(sql, ids, into: &out)
        // Progress is what the programme has approved.
        let entries = try await ResultEntryModel.query(on: db).filter(\.$ownerClusterId ~~ ids).filter(\.$status == FigureStatus.approved.rawValue).all()
        let indicators = Dictionary(uniqueKeysWithValues: try await IndicatorModel.query(on: db).all().map { ($0.id!, $0) })
        for (cid, items) in Dictionary(grouping: entries, by: { $0.ownerClusterId! }) {
            for series in Dictionary(grouping: items, by: \.seriesKey).values {
                guard let indicator = indicators[series[0].indicatorId] else { continue }
                let p = ResultProgress(series.compactMap(\.figure), direction: indicator.indicatorDirection, accumulation: indicator.accumulation)
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
            if i.met { out[i.clusterId]!.facts.readinessMet += 1 } else { out[i.clusterId]!.facts.readinessUnmet.append(i.item) }
        }
        let steps = try await BrokerCostStepModel.query(on: db).filter(\.$clusterId ~~ ids).all()
        for (cid, items) in Dictionary(grouping: steps, by: \.clusterId) {
            out[cid]!.facts.fullTakeover = BrokerCostSchedule(items.compactMap(\.step)).fullTakeover
        }
        return out
    }

    // The overview reads many clusters at once: these read only the columns (or the sums) it needs.

    package struct TieRow: Decodable { let id: UUID, cluster_id: UUID, from_actor_id: UUID, to_actor_id: UUID, tie_type: String, status: String, recorded_on: String }

    package static func loadTies(_ sql: any SQLDatabase, _ ids: [UUID], into out: inout [UUID: ClusterStatus]) async throws {
        let rows = try await sql.select().columns("id", "cluster_id", "from_actor_id", "to_actor_id", "tie_type", "status", "recorded_on")
            .from(LinkageModel.schema).where("cluster_id", .in, ids).all(decoding: TieRow.self)
        for (cid, items) in Dictionary(grouping: rows, by: \.cluster_id) {
            let ties = items.compactMap { r -> LinkageMap.Tie? in
                guard let type = TieType(rawValue: r.tie_type), let status = TieStatus(rawValue: r.status), let on = CalendarDate(r.recorded_on) else { return nil }
                return .init(id: r.id, from: r.from_actor_id, to: r.to_actor_id, type: type, status: status, recordedOn: on)
            }
            let map = LinkageMap(ties, on: nil)
            out[cid]?.ties = (map.count(.existing), map.count(.toStrengthen), map.count(.missing), map.conflicts)
        }
    }

    package struct EventRow: Decodable { let id: UUID, cluster_id: UUID, held_on: String, women: Int?, men: Int?, group_counts: String }
    package struct Listed: Decodable { let owner_id: UUID, item_id: UUID }

    package static func loadEvents(_ sql: any SQLDatabase, _ ids: [UUID], into out: inout [UUID: ClusterStatus]) async throws {
        let rows = try await sql.select().columns("id", "cluster_id", "held_on", "women", "men", "group_counts")
            .from(EventModel.schema).where("cluster_id", .in, ids).all(decoding: EventRow.self)
        let actors = Dictionary(grouping: try await listed(EventActors.self, ids, sql), by: \.owner_id)
        let persons = Dictionary(grouping: try await listed(EventPersons.self, ids, sql), by: \.owner_id)
        for (cid, items) in Dictionary(grouping: rows, by: \.cluster_id) {
            out[cid]?.facts.events = items.count
            out[cid]?.participation = ParticipationSeries(items.compactMap { r in
                CalendarDate(r.held_on).map { day in
                    let byGroup = r.group_counts.split(separator: "\n").compactMap { $0.split(separator: "=").last.flatMap { Int($0) } }.reduce(0, +)
                    let named = persons[r.id]?.count ?? 0
                    return .init(heldOn: day, actors: actors[r.id]?.map(\.item_id) ?? [],
                                 participants: EventSchema.participants(women: r.women, men: r.men, byGroup: byGroup, named: named))
                }
            })
        }
    }

    /// The organisations or people listed by the events of some clusters, in their order.
    static func listed<L: ReferenceList>(_: L.Type, _ clusterIds: [UUID], _ sql: any SQLDatabase) async throws -> [Listed] where L.Owner == EventModel {
        try await sql.select().column(SQLColumn("owner_id", table: L.table)).column(SQLColumn("item_id", table: L.table)).from(L.table)
            .join(EventModel.schema, on: SQLColumn("owner_id", table: L.table), .equal, SQLColumn("id", table: EventModel.schema))
            .where(SQLColumn("cluster_id", table: EventModel.schema), .in, SQLBind.group(clusterIds))
            .orderBy(SQLColumn("position", table: L.table)).all(decoding: Listed.self)
    }

    package struct ActionCount: Decodable { let cluster_id: UUID, status: String, n: Int, led: Int }

    package static func loadActions(_ sql: any SQLDatabase, _ ids: [UUID], into out: inout [UUID: ClusterStatus]) async throws {
        let rows = try await sql.select().column("cluster_id").column("status")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").column(SQLFunction("COUNT", args: SQLColumn("lead_actor_id")), as: "led")
            .from(ActionModel.schema).where("cluster_id", .in, ids).groupBy("cluster_id").groupBy("status").all(decoding: ActionCount.self)
        for r in rows {
            let status: ActionStatus = try UnknownStoredChoice.read(r.status, ActionModel.schema + ".status")
            out[r.cluster_id]?.actions[status, default: 0] += r.n
            out[r.cluster_id]?.facts.actionsWithLead += r.led
        }
    }

    package struct CostSum: Decodable { let cluster_id: UUID, funder_kind: String, pledged: Double, paid: Double }

    package static func loadCosts(_ sql: any SQLDatabase, _ ids: [UUID], into out: inout [UUID: ClusterStatus]) async throws {
        let rows = try await sql.select().column("cluster_id").column("funder_kind")
            .column(SQLFunction("SUM", args: SQLColumn("pledged")), as: "pledged")
            .column(SQLFunction("SUM", args: SQLFunction("COALESCE", args: SQLColumn("paid"), SQLLiteral.numeric("0.0"))), as: "paid")
            .from(ContributionModel.schema).where("cluster_id", .in, ids).groupBy("cluster_id").groupBy("funder_kind").all(decoding: CostSum.self)
        for (cid, items) in Dictionary(grouping: rows, by: \.cluster_id) {
            out[cid]?.cost = CostSharing(try items.map { r in
                .init(kind: try UnknownStoredChoice.read(r.funder_kind, ContributionModel.schema + ".funder_kind"), pledged: r.pledged, paid: r.paid)
            })
        }
    }

    package static func load(_ cluster: ClusterModel, today: CalendarDate, on db: any Database) async throws -> ClusterStatus {
        try await load([cluster], today: today, on: db)[cluster.id!]!
    }
}
