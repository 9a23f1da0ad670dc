import ClusterworksDomain
import ClusterworksWorkflows
import Foundation

/// The programme's clusters as the overview shows them, in the order asked for.
struct ClusterOverviewSheet: Sendable {
    struct Row: Sendable {
        let id: UUID
        let name: String
        let countryCode: String
        let stage: ClusterStage
        let status: ClusterStatus
    }

    let rows: [Row]
    /// The column the rows are sorted by, and whether backwards.
    let sort: String
    let descending: Bool
}

/// The overview of the programme's clusters: a table whose headings sort it, by links. Pure.
enum ClusterOverviewView {
    static func page(_ s: ClusterOverviewSheet) -> HTML {
        let head = ClusterOverview.columns.map { c -> HTML in
            let dir = c.key == s.sort && !s.descending ? "desc" : "asc"
            let state: HTML = c.key == s.sort ? HTML(raw: " aria-sort=\"\(s.descending ? "descending" : "ascending")\"") : .empty
            return "<th scope=\"col\"\(state)><a href=\"\(SitePath.programme(.clusters).href([("sort", c.key), ("dir", dir)]))\">\(c.label)</a></th>"
        }
        return """
        <h1>\(L("Clusters of the programme"))</h1>
        <p>\(L("\(s.rows.count) clusters. Select a heading to sort; select it again to reverse."))</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Clusters of the programme"))"><table class="overview"><thead><tr>\(head)</tr></thead><tbody>\(s.rows.map(row))</tbody></table></div>
        """
    }

    static func row(_ r: ClusterOverviewSheet.Row) -> HTML {
        let s = r.status, w = Wording.current
        return """
        <tr><th scope="row"><a href="\(SitePath.record(.clusters, .id(r.id)))">\(r.name)</a></th><td>\(r.countryCode)</td><td>\(r.stage.label)</td>
        <td>\(s.diagnosticText ?? .verbatim("—"))</td>
        <td class="num">\(s.ties.existing) / \(s.ties.toStrengthen) / \(s.ties.missing) / \(s.ties.conflict)</td>
        <td class="num">\(s.participation.totalEvents)</td><td class="num">\(s.participation.distinctActors)</td>
        <td class="num">\(L("\(s.actions[.done] ?? 0) of \(s.actionsTotal)"))</td><td class="num">\(w.money(s.cost.pledged)) \(s.cost.pledged > 0 ? s.currency : "")</td>
        <td class="num">\(s.cost.pledged > 0 ? PlanPages.percent(s.cost.line(.project)?.pledgedShare ?? 0) : "—")</td>
        <td class="num">\(PlanPages.percent(s.cost.honoured))</td>
        <td class="num">\(L("\(s.results.onTrack) of \(s.results.total)"))</td>
        <td class="num">\(s.facts.readinessItems > 0 ? L("\(s.facts.readinessMet) of \(s.facts.readinessItems)") : .verbatim("—"))</td></tr>
        """
    }
}
