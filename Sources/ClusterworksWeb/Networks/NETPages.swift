import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The Network Evaluation Tool's pages: an assessment against its phase's targets with a radar and
/// the path over earlier assessments; a network's target overrides.
enum NETPages {
    static func comparisonTable(_ c: NETComparison, evidence: [NETIndicator: String] = [:]) -> HTML {
        let wording = Wording.current
        let rows = c.rows.map { r -> HTML in
            let gap = r.gap.map { ($0 > 0 ? "+" : "") + wording.number($0) } ?? "—"
            return """
            <tr><th scope="row">\(r.indicator.label)</th><td class="num">\(wording.number(r.score))</td>
            <td class="num">\(r.target.map { wording.number($0) } ?? "—")</td><td class="num">\(gap)</td>
            <td><span class="tag net-\(r.standing?.rawValue ?? "none")">\(r.standing?.label ?? L("No target"))</span></td>
            \(evidence.isEmpty ? .empty : "<td>\(evidence[r.indicator] ?? "")</td>")</tr>
            """
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Scores against targets"))"><table><caption>\(L("Scores against the targets of the phase"))</caption>
        <thead><tr><th scope="col">\(L("Indicator"))</th><th scope="col">\(L("Score"))</th><th scope="col">\(L("Target"))</th><th scope="col">\(L("Gap"))</th><th scope="col">\(L("Standing"))</th>\(evidence.isEmpty ? .empty : "<th scope=\"col\">\(L("Evidence"))</th>")</tr></thead>
        <tbody>\(rows)</tbody></table></div>
        <p>\(L("\(c.atOrAboveTarget) of \(c.rows.count) indicators at or above target."))</p>
        """
    }

    static func detail(_ network: NetworkModel, _ a: NETAssessmentModel, _ req: Request) async throws -> HTML {
        let targets = try await NETSettings.targets(for: try network.requireID(), on: req.db)
        let v = a.values
        var evidence: [NETIndicator: String] = [:]
        for i in NETIndicator.allCases { if let e = v.text(i.evidenceKey) { evidence[i] = e } }
        let earlier = try await NETAssessmentModel.owned(by: .network, try network.requireID(), on: req.db).all()
            .filter { $0.assessedOn <= a.assessedOn }.sorted { $0.assessedOn < $1.assessedOn }
        return """
        <section aria-labelledby="cmp-h"><h2 id="cmp-h">\(L("Against the targets of \(a.networkPhase.label)"))</h2>
        \(NETView.radar(.init(a), targets: targets))\(comparisonTable(NETComparison(scores: a.scores, phase: a.networkPhase, targets: targets), evidence: evidence))
        <p><a href="\(SitePath.network(.id(try network.requireID()), .netBenchmark).href([("assessment", try a.requireID().lowercasedText)]))">\(L("Compare with networks in the same phase"))</a></p></section>
        \(NETView.path(earlier.map(NETRecord.Assessment.init)))
        """
    }
}
