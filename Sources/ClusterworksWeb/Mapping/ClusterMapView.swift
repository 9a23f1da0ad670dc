import ClusterworksDomain
import ClusterworksPersistence

/// Cluster mapping's pages: the index of maps with the upload form, and a map with its drawing and
/// candidates. Pure.
enum ClusterMapView {
    static func index(_ s: ClusterMapIndex) -> HTML {
        let rows = s.maps.map { m -> HTML in
            """
            <tr><th scope="row"><a href="\(SitePath.clusterMap(.id(m.id)))">\(m.name)</a></th><td>\(m.countryCode ?? "—")</td>
            <td>\(m.years)</td><td class="num">\(Wording.current.integer(m.rows))</td>
            <td class="num">\(m.regions)</td><td class="num">\(m.clusters)</td><td class="num">\(m.strong)</td></tr>
            """
        }
        return """
        <h1>\(L("Cluster mapping"))</h1>
        <p class="hint">\(L("Where are the clusters? Regional statistics by industry, read as the US Cluster Mapping Project does: location quotients, strong clusters, growth, each region's candidates."))</p>
        \(s.maps.isEmpty ? ("<p>\(L("No cluster maps yet."))</p>" as HTML) : """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Cluster maps"))"><table><thead><tr><th scope="col">\(L("Map"))</th><th scope="col">\(L("Country"))</th><th scope="col">\(L("Years"))</th><th scope="col">\(L("Rows"))</th><th scope="col">\(L("Regions"))</th><th scope="col">\(L("Clusters"))</th><th scope="col">\(L("Strong clusters (last year)"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        """ as HTML)
        \(s.upload ?? "<p class=\"hint\">\(L("Programme managers upload statistics to make a new map."))</p>" as HTML)
        """
    }

    static func map(_ s: ClusterMapSheet) -> HTML {
        let m = s.map
        let page = SitePath.clusterMap(.id(m.id))
        return """
        <p class="crumbs"><a href="\(SitePath.clusterMaps)">\(L("Cluster mapping"))</a></p>
        <h1>\(m.name)</h1>
        <div class="cards">
        <div class="card"><strong>\(m.regions)</strong>\(L("Regions"))</div>
        <div class="card"><strong>\(m.clusters)</strong>\(L("Clusters defined"))</div>
        <div class="card"><strong>\(m.strong)</strong>\(L("Strong clusters in \(String(m.lastYear))"))</div>
        <div class="card"><strong>\(Wording.current.integer(m.rows))</strong>\(L("Statistics rows, \(m.years)"))</div>
        </div>
        \(ClusterMapDrawing.svg(s.regions, country: s.country, atlas: s.atlas))
        <section aria-labelledby="cand-h"><h2 id="cand-h">\(L("Candidate clusters by region"))</h2>
        <p class="hint">\(L("Regions with the most pronounced strong cluster first. Within a region: traded clusters it is specialised in (location quotient at least 1), strong ones first, then by location quotient; at most \(ClusterMapService.candidatesPerRegion) per region. Strong: LQ at or above the 75th percentile of the regions with that cluster, employment and establishments above their 25th percentile."))</p>
        \(s.filter.form(action: page.href))
        \(ClusterMapTable.render(s.shown, s.candidates, lastYear: m.lastYear, firstYear: m.firstYear))
        \(s.filter.pager(base: page.href, total: s.matching, perPage: ClusterMapSheet.regionsPerPage))
        </section>
        \(s.deleteToken.map { """
        <form method="post" action="\(SitePath.deleteClusterMap(.id(m.id)))" class="danger">\(Layout.csrfField(token: $0))<button type="submit">\(L("Delete this map"))</button></form>
        """ as HTML } ?? .empty)
        """
    }
}
