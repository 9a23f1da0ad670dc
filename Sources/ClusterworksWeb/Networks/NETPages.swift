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
        let v = a.values
        var evidence: [NETIndicator: String] = [:]
        for i in NETIndicator.allCases { if let e = v.text(i.evidenceKey) { evidence[i] = e } }
        let earlier = try await NETAssessmentModel.owned(by: .network, try network.requireID(), on: req.db).all()
            .filter { $0.assessedOn <= a.assessedOn }.sorted { $0.assessedOn < $1.assessedOn }
        return assessment(NETAssessmentSheet(
            networkId: try network.requireID(), assessment: .init(a),
            targets: try await NETSettings.targets(for: try network.requireID(), on: req.db), evidence: evidence, path: earlier.map(NETRecord.Assessment.init)))
    }

    /// An assessment against its phase's targets, the way to the benchmark, and the path up to it. Pure.
    static func assessment(_ s: NETAssessmentSheet) -> HTML {
        let a = s.assessment
        return """
        <section aria-labelledby="cmp-h"><h2 id="cmp-h">\(L("Against the targets of \(a.phase.label)"))</h2>
        \(NETView.radar(a, targets: s.targets))\(comparisonTable(NETComparison(scores: a.scores, phase: a.phase, targets: s.targets), evidence: s.evidence))
        <p><a href="\(SitePath.network(.id(s.networkId), .netBenchmark).href([("assessment", a.id.lowercasedText)]))">\(L("Compare with networks in the same phase"))</a></p></section>
        \(NETView.path(s.path))
        """
    }
}

/// One NET assessment as its page shows it: against the targets of its phase, with the evidence and the network's path up to it.
struct NETAssessmentSheet: Sendable {
    let networkId: UUID
    let assessment: NETRecord.Assessment
    let targets: NETTargets
    let evidence: [NETIndicator: String]
    let path: [NETRecord.Assessment]
}
