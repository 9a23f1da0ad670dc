import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// A supplier's evaluation as its page reads it: the scores, the evidence, the clients' weights to
/// read them through, and the supplier's evaluation before this one.
struct SupplierScorecardSheet: Sendable {
    let scores: [SupplierCriterion: Int]
    let evidence: [SupplierCriterion: String]
    /// Whose weights, and the weights: each client's, or equal weights when no client has said.
    let weights: [(whose: Phrase, weights: CriterionWeights)]
    let earlier: (scores: [SupplierCriterion: Int], evaluatedOn: String)?
}

/// An improvement plan as its page shows it: the actions on a timeline with the order warnings,
/// the firm's key figures, and the form to add an action for who may.
struct ImprovementPlanSheet {
    let networkId: UUID
    let actions: [ImprovementActionModel]
    let warnings: [Phrase]
    let from: CalendarDate?
    let to: CalendarDate?
    let kpis: ResultsTable.Sheet
    let addForm: PartForm?
}

/// Supplier development on the page: scorecards, the latest evaluations, candidates for a client's
/// needs, an improvement plan and a network's figures. Pure.
enum SupplierView {
    static func scorecard(_ s: SupplierScorecardSheet) -> HTML {
        let w = Wording.current
        var out: [HTML] = [scoreBars(s.scores)]
        for (whose, weights) in s.weights {
            let card = SupplierScorecard(scores: s.scores, weights: weights)
            let change = s.earlier.map { card.change(since: SupplierScorecard(scores: $0.scores, weights: weights)) }
            let rows = card.lines.map { l -> HTML in
                let delta = change?.byCriterion[l.criterion].map { $0 == 0 ? "=" : ($0 > 0 ? "+\($0)" : "\($0)") } ?? ""
                return """
                <tr><th scope="row">\(l.criterion.label)</th><td class="num">\(l.score)</td><td class="num">\(delta)</td>
                <td class="num">\(w.percent(l.weight / 100, digits: 1))</td><td>\(s.evidence[l.criterion] ?? "")</td></tr>
                """
            }
            let score = w.number(card.weightedScore, digits: 2)
            var summary = L("— weighted score \(score) of 5.")
            if let c = change, let e = s.earlier {
                summary = L("— weighted score \(score) of 5 (\((c.weighted > 0 ? "+" : "") + w.number(c.weighted, digits: 2)) since \(date: e.evaluatedOn)).")
            }
            out.append("""
            <section class="scorecard"><h2>\(L("Scorecard with \(whose)"))</h2>
            <p class="readiness r-\(card.readiness.rawValue)"><strong>\(card.readiness.label)</strong> \(summary)</p>
            <p>\(L("Strengths: \(card.strengths.isEmpty ? L("none yet") : Phrase.list(card.strengths.map(\.label), separator: ", ")). Gaps, costliest first: \(card.gaps.isEmpty ? L("none") : Phrase.list(card.gaps.map(\.label), separator: ", "))."))</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Scorecard"))"><table><thead><tr><th scope="col">\(L("Criterion"))</th><th scope="col">\(L("Score"))</th><th scope="col">\(L("Change"))</th><th scope="col">\(L("Weight"))</th><th scope="col">\(L("Evidence"))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div></section>
            """)
        }
        let levels = SupplierCriterion.scaleLevels.map { Phrase(template: "{1} {2}", arguments: [.count($0.score), .phrase($0.meaning)], translatable: false) }
        out.append("<details><summary>\(L("How the readiness class is decided"))</summary><ul>\(SupplierScorecard.rules.map { "<li>\($0)</li>" as HTML })</ul><p>\(L("Scores: \(Phrase.list(levels))."))</p></details>")
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

    struct LatestEvaluation: Sendable {
        let path: SitePath
        let supplier: String
        let evaluatedOn: String
        let card: SupplierScorecard
    }

    /// Each supplier's latest evaluation; nil when the network is not vertical.
    static func evaluations(_ latest: [LatestEvaluation]?) -> HTML {
        guard let latest else { return "<p class=\"notice\">\(L("Supplier evaluations belong to vertical networks."))</p>" }
        let w = Wording.current
        let rows = latest.map { e -> HTML in
            "<tr><th scope=\"row\"><a href=\"\(e.path)\">\(e.supplier)</a></th><td>\(w.date(e.evaluatedOn))</td><td class=\"num\">\(w.number(e.card.weightedScore, digits: 2))</td><td>\(e.card.readiness.label)</td></tr>"
        }
        return rows.isEmpty ? .empty : """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Latest evaluations"))"><table><caption>\(L("Each supplier's latest evaluation"))</caption>
        <thead><tr><th scope="col">\(L("Supplier"))</th><th scope="col">\(L("Evaluated"))</th><th scope="col">\(L("Weighted score"))</th><th scope="col">\(L("Readiness"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
        """
    }

    static func matching(_ ranked: [SupplierMatching.Match]) -> HTML {
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

    static func plan(_ p: ImprovementPlanSheet) -> HTML {
        let at = RecordAddress(.networks, p.networkId)
        return """
        <section aria-labelledby="gantt-h"><h2 id="gantt-h">\(L("Timeline"))</h2>\(Gantt.render(p.actions, from: p.from, to: p.to))
        \(p.warnings.isEmpty ? ("<p>\(L("The actions follow the methodology's order."))</p>" as HTML) : "<ul class=\"warnings\" aria-label=\"\(L("Order warnings"))\">\(p.warnings.map { "<li>\($0)</li>" as HTML })</ul>")</section>
        <section aria-labelledby="kpi-h"><h2 id="kpi-h">\(L("Key figures of the firm"))</h2>\(ResultsTable.view(p.kpis))
        <p><a href="\(at.parts(.results))">\(L("Record KPIs (cycle time, inventory days, defect rate, on-time delivery, unit cost)"))</a></p></section>
        \(p.addForm.map(PartView.addForm) ?? .empty)
        """
    }

    static func figures(_ f: LinkageFigures) -> HTML {
        let w = Wording.current
        return """
        <div class="cards"><div class="card"><strong>\(f.evaluated)</strong> \(L("suppliers evaluated"))</div>
        <div class="card"><strong>\(f.improved)</strong> \(L("improved on re-evaluation"))</div>
        <div class="card"><strong>\(f.contracted)</strong> \(L("contracted"))</div>
        <div class="card"><strong>\(w.money(f.contractValue))</strong> \(L("USD in contracts"))</div>
        <div class="card"><strong>\(w.money(f.loans))</strong> \(L("USD in loans"))</div>
        <div class="card"><strong>\(f.localShareNow.map { w.percent($0 / 100) } ?? "—")</strong> \(f.localShareBefore.map { L("of clients' purchases local (\(w.percent($0 / 100)) before)") } ?? L("of clients' purchases local"))</div></div>
        """
    }
}
