import ClusterworksDomain
import ClusterworksWorkflows
import Foundation

/// A cluster's story at a glance, drawn from its standing: stage and what the next one needs,
/// diagnostic, linkages, participation, plan progress, cost sharing, results and handover. Pure.
enum ClusterView {
    static func render(_ c: ClusterStanding) -> HTML {
        let at = RecordAddress(.clusters, c.id), status = c.status
        return """
        \(ClusterNav.header(owner: .verbatim(c.name), id: c.id, current: "", crumbs: false))
        <div class="dashboard">
        <section aria-labelledby="stage-h"><h2 id="stage-h">\(L("Stage: \(c.stage.label)"))</h2>\(stageBox(c.stage, status.facts, at, moveToken: c.moveToken))</section>
        <section aria-labelledby="diag-h"><h2 id="diag-h">\(L("Diagnostic"))</h2>
        <p>\(status.diagnosticText ?? L("Not started")). <a href="\(at.parts(.diagnostics))">\(L("Diagnostic studies"))</a></p></section>
        <section class="wide" aria-labelledby="map-h"><h2 id="map-h">\(L("Linkages"))</h2>
        \(LinkageGraph.render(LinkageMap(c.ties, on: nil), nodes: c.actors, title: L("Ties now"), size: 360))<p><a href="\(at.parts(.linkages))">\(L("Compare with earlier maps"))</a></p></section>
        <section class="wide" aria-labelledby="part-h"><h2 id="part-h">\(L("Participation"))</h2>\(ParticipationChart.render(status.participation, compact: true))<p><a href="\(at.parts(.events))">\(L("Events"))</a></p></section>
        <section aria-labelledby="plan-h"><h2 id="plan-h">\(L("Action plan"))</h2>\(planBox(status, at))</section>
        <section aria-labelledby="costs-h"><h2 id="costs-h">\(L("Cost sharing"))</h2>\(PlanPages.costTable(status.cost, currency: status.currency))</section>
        <section class="wide" aria-labelledby="res-h"><h2 id="res-h">\(L("Results"))</h2>\(ResultsTable.view(c.results))<p><a href="\(at.parts(.results))">\(L("Record figures"))</a></p></section>
        <section aria-labelledby="hand-h"><h2 id="hand-h">\(L("Handover"))</h2>\(handoverBox(status, institution: c.handoverInstitution, at))</section>
        </div>
        <h2>\(L("Record"))</h2>
        """
    }

    /// The stages so far, what the next one still needs, and the button to move on when it needs nothing.
    static func stageBox(_ stage: ClusterStage, _ facts: ClusterFacts, _ at: RecordAddress, moveToken: String?) -> HTML {
        let steps = StepTrack.items(ClusterStage.allCases.map(\.label), current: stage.order)
        guard let next = ClusterStageRules.next(after: stage, facts) else {
            return "<ol class=\"stages\">\(steps)</ol><p>\(L("The cluster governs itself; the cycle is complete."))</p>"
        }
        let missing = next.missing.map { "<li>\($0)</li>" as HTML }
        let move: HTML = next.missing.isEmpty ? moveToken.map { token in """
        <form method="post" action="\(SitePath.cluster(.id(at.id), .stage))">\(Layout.csrfField(token: token))<input type="hidden" name="stage" value="\(next.stage.rawValue)">
        <button type="submit">\(L("Move to \(next.stage.label)"))</button></form>
        """ } ?? .empty : .empty
        return """
        <ol class="stages">\(steps)</ol>
        \(next.missing.isEmpty ? ("<p>\(L("Ready for \(next.stage.label)."))</p>" as HTML) : "<p>\(L("Before \(next.stage.label):"))</p><ul class=\"missing\">\(missing)</ul>")
        \(move)
        """
    }

    static func planBox(_ s: ClusterStatus, _ at: RecordAddress) -> HTML {
        guard let version = s.planVersion else { return "<p>\(L("No vision and action plan yet.")) <a href=\"\(at.parts(.plan))\">\(L("Record it"))</a></p>" }
        let parts = ActionStatus.allCases.compactMap { st in s.actions[st].map { st.counted($0) } }
        let done = s.actions[.done] ?? 0
        let width = s.actionsTotal > 0 ? Double(done) / Double(s.actionsTotal) * 300 : 0
        return """
        <p>\(L("Version \(String(version)), \(s.reviews) reviews. \(s.actionsTotal) actions: \(Phrase.list(parts, separator: ", "))."))</p>
        <svg class="progress" viewBox="0 0 300 12" role="img" aria-label="\(L("\(done) of \(s.actionsTotal) actions done"))"><rect class="track" width="300" height="12"/><rect class="fill" width="\(String(format: "%.1f", width))" height="12"/></svg>
        <p><a href="\(at.parts(.plan))">\(L("Vision and action plan"))</a> · <a href="\(at.parts(.reviews))">\(L("Reviews"))</a></p>
        """
    }

    static func handoverBox(_ s: ClusterStatus, institution: String?, _ at: RecordAddress) -> HTML {
        guard let institution else { return "<p>\(L("No handover plan yet.")) <a href=\"\(at.parts(.handover))\">\(L("Plan the handover"))</a></p>" }
        return """
        <p>\(L("\(institution) takes over. Readiness: \(s.facts.readinessMet) of \(s.facts.readinessItems) conditions met."))
        \(s.facts.fullTakeover.map { L("The institution pays the whole broker cost from \($0).") } ?? L("The project still shares the broker's cost."))</p>
        <p><a href="\(at.parts(.handover))">\(L("Handover plan"))</a></p>
        """
    }
}
