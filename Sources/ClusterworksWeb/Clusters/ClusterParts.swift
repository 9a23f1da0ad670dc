import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The parts of a cluster's development cycle, each described once for its pages and its API.
enum ClusterParts {
    typealias Part<C: OwnedRecord> = PartRegistry<ClusterModel, C>

    static let diagnostics = Part<DiagnosticModel>(
        owner: Registries.clusters, ownerKind: .cluster, folder: .diagnostics, singular: L("diagnostic"), plural: L("Diagnostic studies"),
        columns: ["status", "startedOn", "validatedOn"],
        frozen: { d, _ in
            guard d.diagnosticStatus == .validated else { return nil }
            return ("status", d.validatedOn.map { L("was validated on \(date: $0); it cannot be changed — start a new version") } ?? L("was validated; it cannot be changed — start a new version"))
        },
        detail: { cluster, d, req in try await DiagnosticPages.detail(cluster, d, req) },
        configureNew: { cluster, db in try await DiagnosticVersions.configureNew(cluster.requireID(), db) })

    static let perceptions = Part<PerceptionModel>(
        owner: Registries.clusters, ownerKind: .cluster, folder: .perceptions, singular: L("perception"), plural: L("Perceptions"),
        columns: ["stakeholderGroup", "severity", "diagnosticId"], section: "diagnostics",
        rules: { w in try await DiagnosticVersions.draftOnly(w.values, w.db) },
        frozen: { p, db in try await DiagnosticVersions.frozen(p.diagnosticId, db) },
        returnTo: { cluster, p in diagnosticPath(cluster, p.diagnosticId) })

    static let chainStages = Part<ChainStageModel>(
        owner: Registries.clusters, ownerKind: .cluster, folder: .chainStages, singular: L("value chain stage"), plural: L("Value chain stages"),
        columns: ["position", "bottlenecks"], section: "diagnostics",
        rules: { w in try await DiagnosticVersions.draftOnly(w.values, w.db) },
        frozen: { s, db in try await DiagnosticVersions.frozen(s.diagnosticId, db) },
        returnTo: { cluster, s in diagnosticPath(cluster, s.diagnosticId) })

    static let linkages = Part<LinkageModel>(
        owner: Registries.clusters, ownerKind: .cluster, folder: .linkages, singular: L("tie"), plural: L("Map of linkages"),
        columns: ["fromActorId", "tieType", "toActorId", "status", "recordedOn"],
        rules: { w in try await tieOnce(w) },
        queryParameters: [LinkagePages.before],
        intro: { cluster, ties, req in try await LinkagePages.intro(cluster, ties, req) })

    /// The same tie, on the same day, is recorded once.
    static func tieOnce(_ w: PartWrite<ClusterModel, LinkageModel>) async throws -> ValidationErrors {
        guard let from = w.values.uuid("fromActorId"), let to = w.values.uuid("toActorId"),
              let type = w.values.text("tieType").flatMap(TieType.init(rawValue:)), let on = w.values["recordedOn"]?.date else { return .init() }
        let others = try await LinkageModel.query(on: w.db).filter(\.$clusterId == w.ownerId).all().filter { $0.id != w.existing?.id }
        let records = others.compactMap(\.tieRecord)
        return TieRecord.duplicate(TieRecord(from: from, to: to, type: type, recordedOn: on), among: records)
    }

    static let events = Part<EventModel>(
        owner: Registries.clusters, ownerKind: .cluster, folder: .events, singular: L("event"), plural: L("Events"),
        columns: ["type", "place", "women", "men"],
        intro: { _, events, _ in ParticipationChart.render(ParticipationSeries(events.compactMap(\.participation))) })

    static let plans = Part<ActionPlanModel>(
        owner: Registries.clusters, ownerKind: .cluster, folder: .plan, singular: L("action plan"), plural: L("Vision and action plan"),
        columns: ["adoptedOn", "horizonEnd", "version"], single: true, deletable: false,
        intro: { cluster, plans, req in try await plans.first.asyncMap { try await PlanPages.summary(cluster, $0, req) } ?? .empty },
        detail: { cluster, plan, req in try await PlanPages.detail(cluster, plan, req) })

    static let actions = Part<ActionModel>(
        owner: Registries.clusters, ownerKind: .cluster, folder: .actions, singular: L("action"), plural: L("Actions"),
        columns: ["type", "leadActorId", "status", "percentComplete", "endOn"],
        rules: { w in try await actionRules(w) },
        detail: { cluster, action, req in try await PlanPages.contributions(cluster, action, req) })

    static let contributions = Part<ContributionModel>(
        owner: Registries.clusters, ownerKind: .cluster, folder: .contributions, singular: L("contribution"), plural: L("Contributions"),
        columns: ["actionId", "funderKind", "form", "pledged", "paid"],
        intro: { cluster, items, req in try await PlanPages.costSharing(cluster, items, req) },
        returnTo: { cluster, c in .part(.clusters, .id(cluster.id!), .actions, .id(c.actionId)) })

    static let reviews = Part<PlanReviewModel>(
        owner: Registries.clusters, ownerKind: .cluster, folder: .reviews, singular: L("plan review"), plural: L("Plan reviews (PDCA)"),
        columns: ["reviewedOn", "version"], deletable: false, genericCreate: false,
        intro: { cluster, _, req in try await PlanReviewPages.form(cluster, req, errors: ValidationErrors(), raw: nil) },
        detail: { _, review, _ in PlanReviewPages.snapshot(review) },
        extraJSON: { $0.reviewJSON })

    static let results: Part<ResultEntryModel> = Part(
        owner: Registries.clusters, ownerKind: .cluster, folder: .results, singular: L("figure"), plural: L("Results"),
        columns: ["indicatorId", "kind", "actorId", "networkId", "value", "status"],
        rules: { w in try await ResultRules.check(w) },
        frozen: { r, db in
            if let status = ResultRules.frozen(r) { return status }
            return try await r.diagnosticId.asyncMap { try await DiagnosticVersions.frozen($0, db) } ?? nil
        },
        intro: { cluster, entries, req in
            try await ResultsTable.render(entries, periods: try await ResultsTable.periods(ScopeRef(.cluster, try cluster.requireID()), on: req.db), on: req.db)
        },
        detail: { cluster, r, req in try await FigureReviewPages.detail(ClusterParts.results, cluster, r, req) },
        returnTo: { cluster, r in r.diagnosticId.map { diagnosticPath(cluster, $0) } },
        configureNew: { _, _ in ResultRules.newDraft })

    static let handoverPlans = Part<HandoverPlanModel>(
        owner: Registries.clusters, ownerKind: .cluster, folder: .handover, singular: L("handover plan"), plural: L("Handover"),
        columns: ["institutionId", "agreedOn", "takeoverOn"], single: true,
        rules: { w in try await institutionRule(w.values, w.db) },
        intro: { cluster, _, req in try await HandoverPages.intro(cluster, req) })

    static let readiness = Part<ReadinessItemModel>(
        owner: Registries.clusters, ownerKind: .cluster, folder: .readiness, singular: L("readiness condition"), plural: L("Readiness checklist"),
        columns: ["met", "metOn"], section: "handover")

    static let brokerCost = Part<BrokerCostStepModel>(
        owner: Registries.clusters, ownerKind: .cluster, folder: .brokerCost, singular: L("cost-sharing step"), plural: L("Broker cost schedule"),
        columns: ["fromOn", "projectShare", "institutionShare"], section: "handover",
        rules: { w in try await scheduleRule(w) })

    /// Every part of a cluster, once: mounted, documented and reached from this list.
    static let all: [any AppPart] = [diagnostics, perceptions, chainStages, linkages, events, plans, actions, contributions,
                                     reviews, results, handoverPlans, readiness, brokerCost]

    // MARK: rules across records

    static func diagnosticPath(_ cluster: ClusterModel, _ id: UUID) -> SitePath {
        .part(.clusters, .id(cluster.id!), .diagnostics, .id(id))
    }

    /// An action serves one of the plan's objectives, and there must be a plan to hold it.
    static func actionRules(_ w: PartWrite<ClusterModel, ActionModel>) async throws -> ValidationErrors {
        let plan = try await ActionPlanModel.owned(by: .cluster, w.ownerId, on: w.db).first()
        return ActionPlanRules.check(objective: w.values.text("objective"), planObjectives: plan.map { $0.objectives.split(separator: "\n").map(String.init) })
    }

    /// The actor named in `key` must be an institution (a handover or a linkage unit goes to one), not an enterprise.
    static func institutionRule(_ v: RecordValues, _ db: any Database, key: String = "institutionId") async throws -> ValidationErrors {
        guard let id = v.uuid(key), let actor = try await ActorModel.find(id, on: db), actor.actorKind != .institution else { return .init() }
        return .init(field: key, L("must be a local institution (a chamber, an association, an agency), not an enterprise"))
    }

    static func scheduleRule(_ w: PartWrite<ClusterModel, BrokerCostStepModel>) async throws -> ValidationErrors {
        guard let from = w.values["fromOn"]?.date, let p = w.values.double("projectShare"), let i = w.values.double("institutionShare") else { return .init() }
        let existing = try await BrokerCostStepModel.owned(by: .cluster, w.ownerId, on: w.db).all()
            .filter { $0.id != w.existing?.id }.compactMap(\.step)
        return BrokerCostSchedule.check(.init(from: from, projectShare: p, institutionShare: i), replacing: nil, in: existing)
    }
}

extension Optional {
    func asyncMap<T>(_ f: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let w = self else { return nil }
        return try await f(w)
    }
}
