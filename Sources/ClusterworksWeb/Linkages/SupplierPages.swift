import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// Supplier development on the page: the scorecard of an evaluation, the candidates for a client's
/// needs, an improvement plan as a timeline with its order warnings, and the programme's figures.
enum SupplierPages {
    static func profiles(_ network: NetworkModel, on db: any Database) async throws -> [ClientProfileModel] {
        try await ClientProfileModel.owned(by: .network, network.requireID(), on: db).all()
    }

    /// The scorecard through each client's weights (equal weights when no client has said).
    static func scorecard(_ network: NetworkModel, _ e: SupplierEvaluationModel, _ req: Request) async throws -> HTML {
        let profiles = try await profiles(network, on: req.db)
        let clientNames = try await ReferenceDirectory.titles(.actor, profiles.map(\.clientId), on: req.db)
        let earlier = try await LinkageParts.readable(network, req)
            .filter { $0.supplierId == e.supplierId && $0.evaluatedOn < e.evaluatedOn }.max { $0.evaluatedOn < $1.evaluatedOn }
        let evidence = e.values
        return SupplierView.scorecard(SupplierScorecardSheet(
            scores: e.scores,
            evidence: Dictionary(uniqueKeysWithValues: SupplierCriterion.allCases.compactMap { c in evidence.text(c.evidenceKey).map { (c, $0) } }),
            weights: profiles.isEmpty ? [(L("equal weights"), .equal)]
                : profiles.map { (clientNames[$0.clientId].map { L("the weights of \($0)") } ?? L("the weights of the client"), $0.weights) },
            earlier: earlier.map { ($0.scores, $0.evaluatedOn) }))
    }

    static func evaluationsSummary(_ network: NetworkModel, _ items: [SupplierEvaluationModel], _ req: Request) async throws -> HTML {
        SupplierView.evaluations(try await latestEvaluations(network, items, req))
    }

    /// Each supplier's latest evaluation read through the first client's weights; nil when the network is not vertical.
    static func latestEvaluations(_ network: NetworkModel, _ items: [SupplierEvaluationModel], _ req: Request) async throws -> [SupplierView.LatestEvaluation]? {
        guard network.networkKind == .vertical else { return nil }
        let latest = Dictionary(grouping: items, by: \.supplierId).compactMapValues { $0.max { $0.evaluatedOn < $1.evaluatedOn } }
        let names = try await ReferenceDirectory.titles(.actor, Array(latest.keys), on: req.db)
        let weights = try await profiles(network, on: req.db).first?.weights ?? .equal
        return latest.sorted { (names[$0.key] ?? "") < (names[$1.key] ?? "") }.map { supplier, e in
            SupplierView.LatestEvaluation(path: .part(.networks, .id(network.id!), .evaluations, .id(e.id!)), supplier: names[supplier] ?? "?",
                                          evaluatedOn: e.evaluatedOn, card: SupplierScorecard(scores: e.scores, weights: weights))
        }
    }

    /// Enterprises in the registry ranked for the client's needs, each with the reasons.
    static func matching(_ network: NetworkModel, _ profile: ClientProfileModel, _ req: Request) async throws -> HTML {
        guard EvaluationVisibility.mayMatch(try req.requireSignedIn().principal) else { return .empty }
        return SupplierView.matching(try await candidates(for: profile, excluding: profile.clientId, on: req.db))
    }

    static func candidates(for profile: ClientProfileModel, excluding client: UUID, on db: any Database) async throws -> [SupplierMatching.Match] {
        let enterprises = try await ActorModel.query(on: db).filter(\.$actorKind == .enterprise).filter(\.$id != client).all()
        let evaluations = try await SupplierEvaluationModel.query(on: db).all()
        let latest = Dictionary(grouping: evaluations, by: \.supplierId).compactMapValues { $0.max { $0.evaluatedOn < $1.evaluatedOn } }
        let candidates = enterprises.compactMap { a -> SupplierMatching.Candidate? in
            guard let id = a.id else { return nil }
            let e = latest[id]
            return .init(id: id, name: a.name, products: a.products.split(separator: "\n").map(String.init),
                         certifications: e.map { $0.certifications.split(separator: "\n").map(String.init) } ?? [], scores: e?.scores)
        }
        return SupplierMatching.rank(candidates, for: profile.need, weights: profile.weights)
    }

    /// The plan's actions as a Gantt chart over its months, the order warnings, and the firm's KPIs.
    static func plan(_ network: NetworkModel, _ plan: ImprovementPlanModel, _ req: Request) async throws -> HTML {
        let id = try plan.requireID()
        let actions = try await ImprovementActionModel.query(on: req.db).filter(\.$planId == id).sort(\.$startOn).all()
        let kpis = try await ResultEntryModel.owned(by: .network, try network.requireID(), on: req.db).filter(\.$actorId == plan.firmId).all()
        let mayEdit = try await PartService(registry: LinkageParts.plans).mayEdit(network, req)
        return SupplierView.plan(ImprovementPlanSheet(
            networkId: try network.requireID(), actions: actions, warnings: ImprovementPlanOrder.warnings(actions.compactMap(\.ordered)),
            from: CalendarDate(plan.startOn), to: CalendarDate(plan.endOn), kpis: try await ResultsTable.Sheet.load(kpis, on: req.db),
            addForm: mayEdit ? try await PartPages(registry: LinkageParts.actions).addFormSheet(
                network, req, errors: .init(), raw: nil, prefill: ["planId": id.lowercasedText, "startOn": plan.startOn, "endOn": plan.endOn], hidden: ["planId"]) : nil))
    }

    /// Suppliers evaluated, improved and contracted, and the value of the contracts and loans.
    static func programmeFigures(_ network: NetworkModel, _ req: Request) async throws -> HTML {
        SupplierView.figures(try await LinkageFigures.load(network, on: req.db))
    }
}

/// What supplier development has achieved in a network.
struct LinkageFigures: Sendable {
    var evaluated = 0, improved = 0, contracted = 0
    var contractValue = 0.0, loans = 0.0
    /// Clients' purchases bought locally, averaged over the clients that said: before and now.
    var localShareBefore: Double?, localShareNow: Double?

    static func load(_ network: NetworkModel, on db: any Database) async throws -> LinkageFigures {
        try await load([network], on: db)[network.requireID()] ?? LinkageFigures()
    }

    /// The figures of many networks from three queries, whatever their number.
    static func load(_ networks: [NetworkModel], on db: any Database) async throws -> [UUID: LinkageFigures] {
        let ids = try networks.map { try $0.requireID() }
        let evaluations = Dictionary(grouping: try await SupplierEvaluationModel.owned(by: .network, anyOf: ids, on: db).all(), by: \.networkId)
        let decisions = Dictionary(grouping: try await PartnershipDecisionModel.owned(by: .network, anyOf: ids, on: db).all(), by: \.networkId)
        let profiles = Dictionary(grouping: try await ClientProfileModel.owned(by: .network, anyOf: ids, on: db).all(), by: \.networkId)
        return Dictionary(uniqueKeysWithValues: ids.map { id in
            (id, figures(evaluations[id] ?? [], decisions[id] ?? [], profiles[id] ?? []))
        })
    }

    static func figures(_ evaluations: [SupplierEvaluationModel], _ decisions: [PartnershipDecisionModel], _ profiles: [ClientProfileModel]) -> LinkageFigures {
        var f = LinkageFigures()
        let bySupplier = Dictionary(grouping: evaluations, by: \.supplierId)
        f.evaluated = bySupplier.count
        f.improved = bySupplier.values.filter { items in
            let sorted = items.sorted { $0.evaluatedOn < $1.evaluatedOn }
            guard sorted.count > 1 else { return false }
            return SupplierScorecard(scores: sorted.last!.scores, weights: .equal).weightedScore > SupplierScorecard(scores: sorted[0].scores, weights: .equal).weightedScore
        }.count
        f.contracted = Set(decisions.filter(\.entered).map(\.supplierId)).count
        f.contractValue = decisions.compactMap(\.contractValue).reduce(0, +)
        f.loans = decisions.compactMap(\.loanAmount).reduce(0, +)
        func average(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
        f.localShareBefore = average(profiles.compactMap(\.localShareBefore))
        f.localShareNow = average(profiles.compactMap(\.localShareNow))
        return f
    }
}
