import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The cluster's story at a glance on its page: stage and what the next one needs, diagnostic,
/// linkages, participation, plan progress, cost sharing, results and handover.
enum ClusterDashboard {
    static func render(_ cluster: ClusterModel, _ req: Request) async throws -> HTML {
        let id = try cluster.requireID(), at = RecordAddress(.clusters, id)
        let status = try await ClusterStatus.load(cluster, today: req.today, on: req.db)
        let stage = cluster.stage
        let mayEdit = try await Registries.clusters.canEdit(try req.requireSignedIn(), cluster, on: req.db)
        let ties = try await LinkageModel.owned(by: .cluster, id, on: req.db).all()
        let (records, nodes) = try await LinkagePages.maps(ties, on: req.db)
        let entries = try await ResultEntryModel.owned(by: .cluster, id, on: req.db).all()
        return """
        \(ClusterNav.header(owner: .verbatim(cluster.name), id: id, current: "", crumbs: false))
        <div class="dashboard">
        <section aria-labelledby="stage-h"><h2 id="stage-h">\(L("Stage: \(stage.label)"))</h2>\(stageBox(stage, status.facts, at, mayEdit, req))</section>
        <section aria-labelledby="diag-h"><h2 id="diag-h">\(L("Diagnostic"))</h2>
        <p>\(status.diagnosticText ?? L("Not started")). <a href="\(at.parts(.diagnostics))">\(L("Diagnostic studies"))</a></p></section>
        <section class="wide" aria-labelledby="map-h"><h2 id="map-h">\(L("Linkages"))</h2>
        \(LinkageGraph.render(LinkageMap(records, on: nil), nodes: nodes, title: L("Ties now"), size: 360))<p><a href="\(at.parts(.linkages))">\(L("Compare with earlier maps"))</a></p></section>
        <section class="wide" aria-labelledby="part-h"><h2 id="part-h">\(L("Participation"))</h2>\(ParticipationChart.render(status.participation, compact: true))<p><a href="\(at.parts(.events))">\(L("Events"))</a></p></section>
        <section aria-labelledby="plan-h"><h2 id="plan-h">\(L("Action plan"))</h2>\(planBox(status, at))</section>
        <section aria-labelledby="costs-h"><h2 id="costs-h">\(L("Cost sharing"))</h2>\(PlanPages.costTable(status.cost, currency: status.currency))</section>
        <section class="wide" aria-labelledby="res-h"><h2 id="res-h">\(L("Results"))</h2>\(try await ResultsTable.render(entries, on: req.db))<p><a href="\(at.parts(.results))">\(L("Record figures"))</a></p></section>
        <section aria-labelledby="hand-h"><h2 id="hand-h">\(L("Handover"))</h2>\(try await handoverBox(status, at, req.db))</section>
        </div>
        <h2>\(L("Record"))</h2>
        """
    }

    static func stageBox(_ stage: ClusterStage, _ facts: ClusterFacts, _ at: RecordAddress, _ mayEdit: Bool, _ req: Request) -> HTML {
        let steps = StepTrack.items(ClusterStage.allCases.map(\.label), current: stage.order)
        guard let next = ClusterStageRules.next(after: stage, facts) else {
            return "<ol class=\"stages\">\(steps)</ol><p>\(L("The cluster governs itself; the cycle is complete."))</p>"
        }
        let missing = next.missing.map { "<li>\($0)</li>" as HTML }
        let move: HTML = mayEdit && next.missing.isEmpty ? """
        <form method="post" action="\(SitePath.cluster(.id(at.id), .stage))">\(Layout.csrfField(req))<input type="hidden" name="stage" value="\(next.stage.rawValue)">
        <button type="submit">\(L("Move to \(next.stage.label)"))</button></form>
        """ : .empty
        return """
        <ol class="stages">\(steps)</ol>
        \(next.missing.isEmpty ? ("<p>Ready for \(next.stage.label).</p>" as HTML) : "<p>Before \(next.stage.label):</p><ul class=\"missing\">\(missing)</ul>")
        \(move)
        """
    }

    static func planBox(_ s: ClusterStatus, _ at: RecordAddress) -> HTML {
        guard let version = s.planVersion else { return "<p>\(L("No vision and action plan yet.")) <a href=\"\(at.parts(.plan))\">\(L("Record it"))</a></p>" }
        let parts = ActionStatus.allCases.compactMap { st in s.actions[st].map { "\($0) \(st.label.said.lowercased())" } }
        let done = s.actions[.done] ?? 0
        let width = s.actionsTotal > 0 ? Double(done) / Double(s.actionsTotal) * 300 : 0
        return """
        <p>\(L("Version \(String(version)), \(s.reviews) reviews. \(s.actionsTotal) actions: \(parts.joined(separator: ", "))."))</p>
        <svg class="progress" viewBox="0 0 300 12" role="img" aria-label="\(L("\(done) of \(s.actionsTotal) actions done"))"><rect class="track" width="300" height="12"/><rect class="fill" width="\(String(format: "%.1f", width))" height="12"/></svg>
        <p><a href="\(at.parts(.plan))">\(L("Vision and action plan"))</a> · <a href="\(at.parts(.reviews))">\(L("Reviews"))</a></p>
        """
    }

    static func handoverBox(_ s: ClusterStatus, _ at: RecordAddress, _ db: any Database) async throws -> HTML {
        guard let institution = s.handoverInstitution else { return "<p>\(L("No handover plan yet.")) <a href=\"\(at.parts(.handover))\">\(L("Plan the handover"))</a></p>" }
        let name = try await ReferenceDirectory.titles(.actor, [institution], on: db)[institution] ?? "?"
        return """
        <p>\(L("\(name) takes over. Readiness: \(s.facts.readinessMet) of \(s.facts.readinessItems) conditions met."))
        \(s.facts.fullTakeover.map { L("The institution pays the whole broker cost from \($0).") } ?? L("The project still shares the broker's cost."))</p>
        <p><a href="\(at.parts(.handover))">\(L("Handover plan"))</a></p>
        """
    }

    /// The cost sharing of all the project's clusters together.
    static func projectCostSharing(_ project: ProjectModel, _ clusters: [ClusterModel], _ req: Request) async throws -> HTML {
        let ids = clusters.compactMap(\.id)
        let items = ids.isEmpty ? [] : try await ContributionModel.query(on: req.db).filter(\.$clusterId ~~ ids).all()
        return "<section><h2>\(L("Cost sharing across the project's clusters"))</h2>\(PlanPages.costTable(CostSharing(items.compactMap(\.share)), currency: project.currency ?? "USD"))</section>"
    }
}
