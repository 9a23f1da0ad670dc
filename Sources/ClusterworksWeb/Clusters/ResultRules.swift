import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// Loads what the results framework's rules need — the indicator, the subject, the figures already
/// kept for the same indicator and subject — and asks the domain.
enum ResultRules {
    static func check(_ w: PartWrite<ClusterModel, ResultEntryModel>) async throws -> ValidationErrors {
        try await check(w.values, existing: w.existing, owner: ScopeRef(.cluster, w.ownerId), on: w.db)
    }

    static func check(_ w: PartWrite<NetworkModel, ResultEntryModel>) async throws -> ValidationErrors {
        try await check(w.values, existing: w.existing, owner: ScopeRef(.network, w.ownerId), on: w.db)
    }

    /// For a cluster, a network named must be one of its networks; a network's figures are about
    /// the network itself or its member firms.
    static func check(_ v: RecordValues, existing: ResultEntryModel?, owner: ScopeRef, on db: any Database) async throws -> ValidationErrors {
        guard let indicatorId = v.uuid("indicatorId"), let indicator = try await IndicatorModel.find(indicatorId, on: db) else { return .init() }
        var errors = ValidationErrors()
        let subject: ResultSubject
        if let actorId = v.uuid("actorId"), let actor = try await ActorModel.find(actorId, on: db) {
            subject = .actor(actorId, actor.actorKind, actor.institutionType.flatMap(InstitutionType.init(rawValue:)))
        } else if let networkId = v.uuid("networkId") {
            subject = owner.kind == .network && networkId == owner.id ? .owner(.network) : .network(networkId)
            if owner.kind == .cluster, try await NetworkModel.find(networkId, on: db)?.$cluster.id != owner.id {
                errors.add("networkId", "must name a network of this cluster")
            }
            if owner.kind == .network, networkId != owner.id { errors.add("networkId", "must be this network, or left empty") }
        } else { subject = .owner(owner.kind) }
        if let d = v.uuid("diagnosticId") {
            if owner.kind != .cluster { errors.add("diagnosticId", "belongs to cluster figures only") }
            else if let frozen = try await ClusterParts.frozenDiagnostic(d, db), existing?.diagnosticId != d { errors.add("diagnosticId", frozen.1) }
        }
        var q = ResultEntryModel.owned(by: owner.kind, owner.id, on: db).filter(\.$indicatorId == indicatorId)
        q = v.uuid("actorId").map { q.filter(\.$actorId == $0) } ?? q.filter(\.$actorId == nil)
        q = v.uuid("networkId").map { q.filter(\.$networkId == $0) } ?? q.filter(\.$networkId == nil)
        let others = try await q.all().filter { $0.id != existing?.id }.compactMap(\.figure)
        errors.merge(ResultEntryRules.check(v, indicator: indicator.rules, subject: subject, others: others))
        return errors
    }
}

/// Results against targets: one row per indicator and subject with what the domain computes.
enum ResultsTable {
    struct Row {
        let indicator: IndicatorModel
        let subject: String
        let progress: ResultProgress
        /// The breakdown of the latest measurement (or the baseline when nothing is measured yet).
        let breakdown: String?

        var json: JSONOut {
            func n(_ v: Double?) -> JSONOut { v.map(JSONOut.double) ?? .null }
            return .object([("indicatorId", .string(indicator.id!.uuidString.lowercased())), ("indicator", .string(indicator.name)), ("unit", .string(indicator.unit)),
                            ("subject", .string(subject)), ("baseline", n(progress.baseline?.value)), ("latest", n(progress.latest?.value)),
                            ("target", n(progress.target?.value)), ("shareOfTarget", n(progress.shareOfTarget)), ("status", .string(progress.status.rawValue)),
                            ("breakdown", breakdown.map(JSONOut.string) ?? .null)])
        }
    }

    static func breakdown(_ items: [ResultEntryModel], _ indicator: IndicatorModel) -> String? {
        let split = Disaggregation(rawValue: indicator.disaggregation) ?? .none
        let figures = items.filter { $0.kind != ResultEntryKind.target.rawValue }.sorted { ($0.observedOn, $0.kind) < ($1.observedOn, $1.kind) }
        guard let latest = figures.last(where: { e in split.parts.contains { e.values[$0.key] != nil } }) else { return nil }
        let values = Dictionary(uniqueKeysWithValues: split.parts.compactMap { p in
            (latest.values[p.key]?.decimal ?? latest.values[p.key]?.integer.map(Double.init)).map { (p.key, $0) }
        })
        return split.describe(values).map { "\($0) (\(latest.observedOn))" }
    }

    static func rows(_ entries: [ResultEntryModel], on db: any Database) async throws -> [Row] {
        let indicatorIds = Array(Set(entries.map(\.indicatorId)))
        let indicators = indicatorIds.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await IndicatorModel.query(on: db)
            .filter(\.$id ~~ indicatorIds).all().map { ($0.id!, $0) })
        let actorNames = try await ReferenceDirectory.titles(.actor, entries.compactMap(\.actorId), on: db)
        let networkNames = try await ReferenceDirectory.titles(.network, entries.compactMap(\.networkId), on: db)
        var order: [String] = []
        let groups = Dictionary(grouping: entries) { e -> String in
            if !order.contains(e.seriesKey) { order.append(e.seriesKey) }
            return e.seriesKey
        }
        return order.compactMap { key in
            let items = groups[key]!
            guard let indicator = indicators[items[0].indicatorId] else { return nil }
            let subject = items[0].actorId.flatMap { actorNames[$0] } ?? items[0].networkId.flatMap { networkNames[$0] } ?? "The cluster"
            return Row(indicator: indicator, subject: subject,
                       progress: ResultProgress(items.compactMap(\.figure), direction: indicator.indicatorDirection),
                       breakdown: breakdown(items, indicator))
        }
    }

    static func render(_ entries: [ResultEntryModel], on db: any Database) async throws -> HTML {
        let rows = try await rows(entries, on: db)
        guard !rows.isEmpty else { return "<p>No figures recorded yet: start with the baselines.</p>" }
        func n(_ v: Double?) -> String { v.map { FieldValue.decimal(($0 * 100).rounded() / 100).display } ?? "—" }
        let body = rows.map { r -> HTML in
            let p = r.progress
            let change = p.change.map { ($0 >= 0 ? "+" : "") + n($0) } ?? "—"
            let rel = p.relativeChange.map { String(format: " (%+.0f %%)", $0 * 100) } ?? ""
            return """
            <tr><th scope="row">\(r.indicator.name) <span class="hint">(\(r.indicator.unit))</span></th><td>\(r.subject)</td>
            <td class="num">\(n(p.baseline?.value))</td><td class="num">\(n(p.latest?.value))</td><td class="num">\(n(p.target?.value))</td>
            <td class="num">\(change)\(rel)</td><td class="num">\(PlanPages.percent(p.shareOfTarget))</td>
            <td><span class="tag rs-\(p.status.rawValue)">\(p.status.label)</span></td><td>\(r.breakdown ?? "—")</td></tr>
            """
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="Results against targets"><table><caption>Results against targets</caption><thead><tr><th scope="col">Indicator</th><th scope="col">Subject</th>
        <th scope="col">Baseline</th><th scope="col">Latest</th><th scope="col">Target</th><th scope="col">Change</th><th scope="col">Share of target</th><th scope="col">Status</th><th scope="col">Breakdown</th></tr></thead>
        <tbody>\(body)</tbody></table></div>
        """
    }
}
