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
        let views: [(String, CriterionWeights)] = profiles.isEmpty ? [("equal weights", .equal)] : profiles.map { ("the weights of \(clientNames[$0.clientId] ?? "the client")", $0.weights) }
        let earlier = try await LinkageParts.readable(network, req)
            .filter { $0.supplierId == e.supplierId && $0.evaluatedOn < e.evaluatedOn }.max { $0.evaluatedOn < $1.evaluatedOn }
        let evidence = e.values
        var out: [HTML] = [scoreBars(e.scores)]
        for (title, weights) in views {
            let card = SupplierScorecard(scores: e.scores, weights: weights)
            let change = earlier.map { card.change(since: SupplierScorecard(scores: $0.scores, weights: weights)) }
            let rows = card.lines.map { l -> HTML in
                let delta = change?.byCriterion[l.criterion].map { $0 == 0 ? "=" : ($0 > 0 ? "+\($0)" : "\($0)") } ?? ""
                return """
                <tr><th scope="row">\(l.criterion.label)</th><td class="num">\(l.score)</td><td class="num">\(delta)</td>
                <td class="num">\(FieldValue.decimal((l.weight * 10).rounded() / 10).display) %</td><td>\(evidence.text(l.criterion.evidenceKey) ?? "")</td></tr>
                """
            }
            out.append("""
            <section class="scorecard"><h2>\(L("Scorecard with \(title)"))</h2>
            <p class="readiness r-\(card.readiness.rawValue)"><strong>\(card.readiness.label)</strong> \(L("— weighted score \(String(format: "%.2f", card.weightedScore)) of 5\(change.map { String(format: " (%+.2f since %@)", $0.weighted, earlier!.evaluatedOn) } ?? "")."))</p>
            <p>\(L("Strengths: \(card.strengths.isEmpty ? L("none yet") : Phrase.list(card.strengths.map(\.label), separator: ", ")). Gaps, costliest first: \(card.gaps.isEmpty ? L("none") : Phrase.list(card.gaps.map(\.label), separator: ", "))."))</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Scorecard"))"><table><thead><tr><th scope="col">\(L("Criterion"))</th><th scope="col">\(L("Score"))</th><th scope="col">\(L("Change"))</th><th scope="col">\(L("Weight"))</th><th scope="col">\(L("Evidence"))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div></section>
            """)
        }
        out.append("<details><summary>\(L("How the readiness class is decided"))</summary><ul>\(SupplierScorecard.rules.map { "<li>\($0)</li>" as HTML })</ul><p>\(L("Scores: \(SupplierCriterion.scaleLevels.map { "\($0.score) \($0.meaning)" }.joined(separator: "; "))."))</p></details>")
        return HTML.join(out)
    }

    /// Scores per criterion as horizontal bars on the 1–5 scale.
    static func scoreBars(_ scores: [SupplierCriterion: Int]) -> HTML {
        let bars = SupplierCriterion.allCases.enumerated().map { i, c -> HTML in
            let s = scores[c] ?? 0, y = i * 22
            return """
            <text x="0" y="\(y + 14)">\(c.label)</text><rect class="track" x="250" y="\(y + 3)" width="250" height="14"/>
            <rect class="fill" x="250" y="\(y + 3)" width="\(s * 50)" height="14"><title>\(L("\(c.label): \(s) of 5"))</title></rect><text x="\(250 + s * 50 + 6)" y="\(y + 14)">\(s)</text>
            """
        }
        return "<figure class=\"scorebars\"><svg viewBox=\"0 0 520 \(SupplierCriterion.allCases.count * 22)\" role=\"img\" aria-label=\"\(L("Scores by criterion, 1 to 5"))\">\(bars)</svg></figure>"
    }

    static func evaluationsSummary(_ network: NetworkModel, _ items: [SupplierEvaluationModel], _ req: Request) async throws -> HTML {
        guard network.networkKind == .vertical else { return "<p class=\"notice\">\(L("Supplier evaluations belong to vertical networks."))</p>" }
        let latest = Dictionary(grouping: items, by: \.supplierId).compactMapValues { $0.max { $0.evaluatedOn < $1.evaluatedOn } }
        let names = try await ReferenceDirectory.titles(.actor, Array(latest.keys), on: req.db)
        let weights = try await profiles(network, on: req.db).first?.weights ?? .equal
        let rows = latest.sorted { (names[$0.key] ?? "") < (names[$1.key] ?? "") }.map { supplier, e -> HTML in
            let card = SupplierScorecard(scores: e.scores, weights: weights)
            return "<tr><th scope=\"row\"><a href=\"\(SitePath.part(.networks, .id(network.id!), .evaluations, .id(e.id!)))\">\(names[supplier] ?? "?")</a></th><td>\(e.evaluatedOn)</td><td class=\"num\">\(String(format: "%.2f", card.weightedScore))</td><td>\(card.readiness.label)</td></tr>"
        }
        return rows.isEmpty ? .empty : """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Latest evaluations"))"><table><caption>\(L("Each supplier's latest evaluation"))</caption>
        <thead><tr><th scope="col">\(L("Supplier"))</th><th scope="col">\(L("Evaluated"))</th><th scope="col">\(L("Weighted score"))</th><th scope="col">\(L("Readiness"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
        """
    }

    /// Enterprises in the registry ranked for the client's needs, each with the reasons.
    static func matching(_ network: NetworkModel, _ profile: ClientProfileModel, _ req: Request) async throws -> HTML {
        guard EvaluationVisibility.mayMatch(try req.requireSignedIn().principal) else { return .empty }
        let ranked = try await candidates(for: profile, excluding: profile.clientId, on: req.db)
        let rows = ranked.enumerated().map { i, m -> HTML in
            "<tr><td class=\"num\">\(i + 1)</td><th scope=\"row\"><a href=\"\(SitePath.record(.actors, .id(m.id)))\">\(m.name)</a></th><td>\(m.qualifies ? L("Meets every requirement") : L("Partly"))</td><td>\(Phrase.list(m.reasons))</td></tr>"
        }
        return """
        <section aria-labelledby="match-h"><h2 id="match-h">\(L("Candidate suppliers for these needs"))</h2>
        \(rows.isEmpty ? ("<p>\(L("No enterprise in the registry offers these products."))</p>" as HTML) : """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Candidates"))"><table><thead><tr><th scope="col">\(L("Rank"))</th><th scope="col">\(L("Enterprise"))</th><th scope="col">\(L("Fit"))</th><th scope="col">\(L("Why"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
        """)</section>
        """
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
        let id = try plan.requireID(), at = RecordAddress(.networks, try network.requireID())
        let actions = try await ImprovementActionModel.query(on: req.db).filter(\.$planId == id).sort(\.$startOn).all()
        let warnings = ImprovementPlanOrder.warnings(actions.compactMap(\.ordered))
        let kpis = try await ResultEntryModel.owned(by: .network, try network.requireID(), on: req.db).filter(\.$actorId == plan.firmId).all()
        let mayEdit = try await PartService(registry: LinkageParts.plans).mayEdit(network, req)
        let form: HTML = mayEdit ? try await PartPages(registry: LinkageParts.actions).addForm(
            network, req, errors: .init(), raw: nil, prefill: ["planId": id.lowercasedText, "startOn": plan.startOn, "endOn": plan.endOn], hidden: ["planId"]) : .empty
        return """
        <section aria-labelledby="gantt-h"><h2 id="gantt-h">\(L("Timeline"))</h2>\(Gantt.render(actions, from: CalendarDate(plan.startOn), to: CalendarDate(plan.endOn)))
        \(warnings.isEmpty ? ("<p>\(L("The actions follow the methodology's order."))</p>" as HTML) : "<ul class=\"warnings\" aria-label=\"\(L("Order warnings"))\">\(warnings.map { "<li>\($0)</li>" as HTML })</ul>")</section>
        <section aria-labelledby="kpi-h"><h2 id="kpi-h">\(L("Key figures of the firm"))</h2>\(try await ResultsTable.render(kpis, on: req.db))
        <p><a href="\(at.parts(.results))">\(L("Record KPIs (cycle time, inventory days, defect rate, on-time delivery, unit cost)"))</a></p></section>
        \(form)
        """
    }

    /// Suppliers evaluated, improved and contracted, and the value of the contracts and loans.
    static func programmeFigures(_ network: NetworkModel, _ req: Request) async throws -> HTML {
        let f = try await LinkageFigures.load(network, on: req.db)
        return """
        <div class="cards"><div class="card"><strong>\(f.evaluated)</strong> \(L("suppliers evaluated"))</div>
        <div class="card"><strong>\(f.improved)</strong> \(L("improved on re-evaluation"))</div>
        <div class="card"><strong>\(f.contracted)</strong> \(L("contracted"))</div>
        <div class="card"><strong>\(PlanPages.money(f.contractValue))</strong> \(L("USD in contracts"))</div>
        <div class="card"><strong>\(PlanPages.money(f.loans))</strong> \(L("USD in loans"))</div>
        <div class="card"><strong>\(f.localShareNow.map { Wording.current.percent($0 / 100) } ?? "—")</strong> \(f.localShareBefore.map { L("of clients' purchases local (\(Wording.current.percent($0 / 100)) before)") } ?? L("of clients' purchases local"))</div></div>
        """
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
