import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// The ranked candidates of each region listed, one row per candidate, the region spanning its rows.
enum ClusterMapTable {
    static func render(_ regions: [ClusterMapRegionModel], _ candidates: [UUID: [ClusterMapCandidateModel]], lastYear: Int, firstYear: Int) -> HTML {
        guard !regions.isEmpty else { return "<p>\(L("No region matches."))</p>" }
        let growth = firstYear != lastYear
        let rows = regions.map { r -> HTML in
            let list = candidates[r.id!] ?? []
            let head: HTML = "<th scope=\"rowgroup\" rowspan=\"\(max(1, list.count))\">\(r.name)<br><span class=\"hint\">\(L("\(r.strongCount) strong"))</span></th>"
            guard !list.isEmpty else { return "<tbody><tr>\(head)<td colspan=\"\(growth ? 8 : 7)\">\(L("No traded cluster with a location quotient of 1 or more."))</td></tr></tbody>" }
            let trs = list.enumerated().map { k, c -> HTML in
                """
                <tr>\(k == 0 ? head : .empty)<td class="num">\(c.rank)</td><td>\(c.cluster) \(c.topThree ? L("(top three by jobs)") : nil)</td>
                <td>\(c.strong ? "<strong>\(L("strong"))</strong>" as HTML : "—")</td><td class="num">\(Wording.current.number(c.lq))</td>
                <td class="num">\(PlanPages.money(c.employment))</td><td class="num">\(PlanPages.money(c.establishments))</td>
                <td class="num">\(c.wage.map { PlanPages.money($0) } ?? "—")</td>\(growth ? "<td class=\"num\">\(c.rate.map { Wording.current.change($0) } ?? L("new").said)</td>" as HTML : .empty)</tr>
                """
            }
            return "<tbody>\(trs)</tbody>"
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Candidate clusters by region"))"><table class="candidates"><thead><tr>
        <th scope="col">\(L("Region"))</th><th scope="col">\(L("Rank"))</th><th scope="col">\(L("Cluster"))</th><th scope="col">\(L("Strong"))</th><th scope="col">\(L("Location quotient"))</th>
        <th scope="col">\(L("Jobs \(String(lastYear))"))</th><th scope="col">\(L("Establishments"))</th><th scope="col">\(L("Wage per job"))</th>\(growth ? "<th scope=\"col\">\(L("Jobs since \(String(firstYear))"))</th>" as HTML : .empty)
        </tr></thead>\(rows)</table></div>
        """
    }
}
