import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The Network Evaluation Tool's pages: an assessment against its phase's targets with a radar and
/// the path over earlier assessments; a network's target overrides.
enum NETPages {
    static func comparisonTable(_ c: NETComparison, evidence: [NETIndicator: String] = [:]) -> HTML {
        let rows = c.rows.map { r -> HTML in
            let gap = r.gap.map { ($0 > 0 ? "+" : "") + FieldValue.decimal($0).display } ?? "—"
            return """
            <tr><th scope="row">\(r.indicator.label)</th><td class="num">\(FieldValue.decimal(r.score).display)</td>
            <td class="num">\(r.target.map { FieldValue.decimal($0).display } ?? "—")</td><td class="num">\(gap)</td>
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

    static func radar(_ a: NETAssessmentModel, targets: NETTargets) -> HTML {
        let row = targets.values[a.networkPhase] ?? [:]
        return RadarChart.render(scores: a.scores, targets: row, scale: a.scale,
                                 title: L("NET assessment of \(date: a.assessedOn) in \(a.networkPhase.label): score against target"))
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
        \(radar(a, targets: targets))\(comparisonTable(NETComparison(scores: a.scores, phase: a.networkPhase, targets: targets), evidence: evidence))
        <p><a href="/networks/\(try network.requireID().uuidString.lowercased())/net/benchmark?assessment=\(try a.requireID().uuidString.lowercased())">\(L("Compare with networks in the same phase"))</a></p></section>
        \(path(earlier))
        """
    }

    /// The latest assessment, the path over all of them, and the network's target overrides.
    static func intro(_ network: NetworkModel, _ items: [NETAssessmentModel], _ req: Request) async throws -> HTML {
        let id = try network.requireID(), base = "/networks/\(id.uuidString.lowercased())/net"
        let targets = try await NETSettings.targets(for: id, on: req.db)
        let sorted = items.sorted { $0.assessedOn < $1.assessedOn }
        var latest: HTML = "<p>\(L("No assessment yet."))</p>"
        if let a = sorted.last {
            latest = """
            <section aria-labelledby="latest-h"><h2 id="latest-h">\(L("Latest: \(date: a.assessedOn), \(a.networkPhase.label)"))</h2>
            \(radar(a, targets: targets))\(comparisonTable(NETComparison(scores: a.scores, phase: a.networkPhase, targets: targets)))
            <p><a href="\(base)/benchmark?assessment=\(a.id!.uuidString.lowercased())">\(L("Compare with networks in the same phase"))</a> · <a href="/net/matrix.csv">\(L("All assessments as CSV"))</a></p></section>
            """
        }
        return latest + path(sorted) + (try await overrides(network, req))
    }

    /// Scores over the assessments, indicator by indicator.
    static func path(_ items: [NETAssessmentModel]) -> HTML {
        guard items.count > 1 else { return .empty }
        let head = items.map { "<th scope=\"col\">\($0.assessedOn)<br><span class=\"hint\">\($0.networkPhase.label)</span></th>" as HTML }
        let rows = NETIndicator.allCases.map { i -> HTML in
            let cells = items.map { a -> HTML in "<td class=\"num\">\(a.scores[i].map { FieldValue.decimal($0).display } ?? "—")</td>" }
            return "<tr><th scope=\"row\">\(i.label)</th>\(cells)</tr>"
        }
        return """
        <section aria-labelledby="path-h"><h2 id="path-h">\(L("The path so far"))</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Scores over time"))"><table><thead><tr><th scope="col">\(L("Indicator"))</th>\(head)</tr></thead><tbody>\(rows)</tbody></table></div></section>
        """
    }

    /// The network's own targets where they differ from the programme's; programme managers set them.
    static func overrides(_ network: NetworkModel, _ req: Request) async throws -> HTML {
        let id = try network.requireID()
        let own = try await NETSettings.overrides(id, on: req.db)
        let cells = own.flatMap { phase, row in row.map { (phase, $0.key, $0.value) } }.sorted { ($0.0.order, $0.1.rawValue) < ($1.0.order, $1.1.rawValue) }
        let items = cells.map { "<li>\($0.0.label) · \($0.1.label): \(FieldValue.decimal($0.2).display)</li>" as HTML }
        let s = try req.requireSignedIn()
        let mayOverride = EditPolicy.canOverride(s.principal, chain: try await Registries.networks.chain(of: network, on: req.db))
        let form: HTML = mayOverride ? """
        <form class="toolbar" method="post" action="/networks/\(id.uuidString.lowercased())/net/targets">\(Layout.csrfField(req))
        <div><label for="t-phase">\(L("Phase"))</label><select id="t-phase" name="phase">\(NetworkPhase.allCases.map { "<option value=\"\($0.rawValue)\">\($0.label)</option>" as HTML })</select></div>
        <div><label for="t-indicator">\(L("Indicator"))</label><select id="t-indicator" name="indicator">\(NETIndicator.allCases.map { "<option value=\"\($0.rawValue)\">\($0.label)</option>" as HTML })</select></div>
        <div><label for="t-target">\(L("Target"))</label><input id="t-target" name="target" type="number" step="any"></div>
        <div><button type="submit">\(L("Set for this network"))</button></div></form><p class="hint">\(L("Leave the target empty to go back to the programme's."))</p>
        """ : .empty
        return """
        <section aria-labelledby="ovr-h"><h2 id="ovr-h">\(L("This network's targets"))</h2>
        \(items.isEmpty ? ("<p>\(L("The programme's target matrix applies ("))<a href=\"/net/targets\">\(L("see it"))</a>).</p>" as HTML) : "<ul>\(items)</ul>")\(form)</section>
        """
    }
}
