import ClusterworksDomain
import Foundation

/// The NET section of a network: the latest assessment against its phase's targets, the path over
/// all assessments and the network's own targets. Pure: the same record draws the same page.
enum NETView {
    static func render(_ r: NETRecord) -> HTML {
        latest(r) + path(r.assessments) + overrides(r)
    }

    static func latest(_ r: NETRecord) -> HTML {
        guard let a = r.assessments.last else { return "<p>\(L("No assessment yet."))</p>" }
        return """
        <section aria-labelledby="latest-h"><h2 id="latest-h">\(L("Latest: \(date: a.assessedOn), \(a.phase.label)"))</h2>
        \(radar(a, targets: r.targets))\(NETPages.comparisonTable(NETComparison(scores: a.scores, phase: a.phase, targets: r.targets)))
        <p><a href="\(SitePath.network(.id(r.networkId), .netBenchmark).href([("assessment", a.id.lowercasedText)]))">\(L("Compare with networks in the same phase"))</a> · <a href="\(SitePath.net(.matrix))">\(L("All assessments as CSV"))</a></p></section>
        """
    }

    static func radar(_ a: NETRecord.Assessment, targets: NETTargets) -> HTML {
        RadarChart.render(scores: a.scores, targets: targets.values[a.phase] ?? [:], scale: a.scale,
                          title: L("NET assessment of \(date: a.assessedOn) in \(a.phase.label): score against target"))
    }

    /// Scores over the assessments, indicator by indicator; each column headed by its date in the reader's format.
    static func path(_ items: [NETRecord.Assessment]) -> HTML {
        guard items.count > 1 else { return .empty }
        let wording = Wording.current
        let head = items.map { "<th scope=\"col\">\(wording.date($0.assessedOn))<br><span class=\"hint\">\($0.phase.label)</span></th>" as HTML }
        let rows = NETIndicator.allCases.map { i -> HTML in
            let cells = items.map { a -> HTML in "<td class=\"num\">\(a.scores[i].map { wording.number($0) } ?? "—")</td>" }
            return "<tr><th scope=\"row\">\(i.label)</th>\(cells)</tr>"
        }
        return """
        <section aria-labelledby="path-h"><h2 id="path-h">\(L("The path so far"))</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Scores over time"))"><table><thead><tr><th scope="col">\(L("Indicator"))</th>\(head)</tr></thead><tbody>\(rows)</tbody></table></div></section>
        """
    }

    /// The network's own targets where they differ from the programme's, and the form to set one.
    static func overrides(_ r: NETRecord) -> HTML {
        let cells = r.overrides.flatMap { phase, row in row.map { (phase, $0.key, $0.value) } }.sorted { ($0.0.order, $0.1.rawValue) < ($1.0.order, $1.1.rawValue) }
        let items = cells.map { "<li>\($0.0.label) · \($0.1.label): \(Wording.current.number($0.2))</li>" as HTML }
        let form: HTML = r.overrideToken.map { token in """
        <form class="toolbar" method="post" action="\(SitePath.network(.id(r.networkId), .netTargets))">\(Layout.csrfField(token: token))
        <div><label for="t-phase">\(L("Phase"))</label><select id="t-phase" name="phase">\(NetworkPhase.allCases.map { "<option value=\"\($0.rawValue)\">\($0.label)</option>" as HTML })</select></div>
        <div><label for="t-indicator">\(L("Indicator"))</label><select id="t-indicator" name="indicator">\(NETIndicator.allCases.map { "<option value=\"\($0.rawValue)\">\($0.label)</option>" as HTML })</select></div>
        <div><label for="t-target">\(L("Target"))</label><input id="t-target" name="target" type="number" step="any"></div>
        <div><button type="submit">\(L("Set for this network"))</button></div></form><p class="hint">\(L("Leave the target empty to go back to the programme's."))</p>
        """ } ?? .empty
        return """
        <section aria-labelledby="ovr-h"><h2 id="ovr-h">\(L("This network's targets"))</h2>
        \(items.isEmpty ? ("<p>\(HTML.sentence(L("The programme's target matrix applies (\(L("see it"))).")) { link in "<a href=\"\(SitePath.net(.targets))\">\(link)</a>" })</p>" as HTML) : "<ul>\(items)</ul>")\(form)</section>
        """
    }
}
