import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// Cluster mapping in the browser: the programme's maps, the upload form (a progress bar where
/// scripts run; a plain form where they do not), each map's ranked candidates and its drawing.
struct ClusterMapPages: RouteCollection {
    let atlas: WorldAtlas
    static let regionsPerPage = 25

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.clusterMaps, use: index)
        StreamedUpload.on(routes.on(.POST, .clusterMaps, body: .stream, use: create))
        routes.get(.clusterMap(.key), use: show).declaring(ClusterMapQuery.parameters)
        routes.post(.deleteClusterMap(.key), use: delete)
    }

    @Sendable func index(req: Request) async throws -> HTML {
        try await page(req, form: ClusterMapForm.render(req, values: [:], refusal: nil))
    }

    private func page(_ req: Request, form: HTML) async throws -> HTML {
        let maps = try await ClusterMapModel.query(on: req.db).sort(\.$createdAt, .descending).all()
        let rows = maps.map { m -> HTML in
            """
            <tr><th scope="row"><a href="\(SitePath.clusterMap(.id(m.id!)))">\(m.name)</a></th><td>\(m.countryCode ?? "—")</td>
            <td>\(m.firstYear == m.lastYear ? String(m.lastYear) : "\(m.firstYear)–\(m.lastYear)")</td><td class="num">\(PlanPages.money(Double(m.rowCount)))</td>
            <td class="num">\(m.regionCount)</td><td class="num">\(m.clusterCount)</td><td class="num">\(m.strongCount)</td></tr>
            """
        }
        let canMap = ClusterMapService.canMap(req)
        return Layout.page(L("Cluster mapping"), req, body: """
        <h1>\(L("Cluster mapping"))</h1>
        <p class="hint">\(L("Where are the clusters? Regional statistics by industry, read as the US Cluster Mapping Project does: location quotients, strong clusters, growth, each region's candidates."))</p>
        \(maps.isEmpty ? ("<p>\(L("No cluster maps yet."))</p>" as HTML) : """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Cluster maps"))"><table><thead><tr><th scope="col">\(L("Map"))</th><th scope="col">\(L("Country"))</th><th scope="col">\(L("Years"))</th><th scope="col">\(L("Rows"))</th><th scope="col">\(L("Regions"))</th><th scope="col">\(L("Clusters"))</th><th scope="col">\(L("Strong clusters (last year)"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        """ as HTML)
        \(canMap ? form : "<p class=\"hint\">\(L("Programme managers upload statistics to make a new map."))</p>" as HTML)
        """)
    }

    @Sendable func create(req: Request) async throws -> Response {
        // Who may map is decided before a byte of the body is read.
        let s = try ClusterMapService.requireMapper(req)
        let (upload, values) = try await ClusterMapForm.upload(req, checkToken: true)
        do {
            let map = try await ClusterMapService.create(upload, by: s.user.id, on: req)
            return req.redirect(to: SitePath.clusterMap(.id(try map.requireID())).href, redirectType: .normal)
        } catch let refusal as ClusterMapService.Refusal {
            let html = try await page(req, form: ClusterMapForm.render(req, values: values, refusal: refusal))
            return try await html.encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    @Sendable func show(req: Request) async throws -> HTML {
        let map = try await ClusterMapService.find(req)
        let filter = try ClusterMapQuery(req)
        let all = try await ClusterMapRegionModel.query(on: req.db).filter(\.$mapId == map.requireID()).all()
        let regions = filter.apply(all)
        let shown = Array(regions.dropFirst(filter.page * Self.regionsPerPage).prefix(Self.regionsPerPage))
        let candidates = try await ClusterMapCandidateModel.query(on: req.db).filter(\.$regionId ~~ shown.map { $0.id! }).sort(\.$rank).all()
        let byRegion = Dictionary(grouping: candidates, by: \.regionId)
        let country = map.countryCode.flatMap { code in atlas.countries.first { $0.code == code } }
        let canMap = ClusterMapService.canMap(req)
        let page = SitePath.clusterMap(.id(map.id!))
        return Layout.page(.verbatim(map.name), req, body: """
        <p class="crumbs"><a href="\(SitePath.clusterMaps)">\(L("Cluster mapping"))</a></p>
        <h1>\(map.name)</h1>
        <div class="cards">
        <div class="card"><strong>\(map.regionCount)</strong>\(L("Regions"))</div>
        <div class="card"><strong>\(map.clusterCount)</strong>\(L("Clusters defined"))</div>
        <div class="card"><strong>\(map.strongCount)</strong>\(L("Strong clusters in \(String(map.lastYear))"))</div>
        <div class="card"><strong>\(PlanPages.money(Double(map.rowCount)))</strong>\(L("Statistics rows, \(map.firstYear == map.lastYear ? String(map.lastYear) : "\(map.firstYear)–\(map.lastYear)")"))</div>
        </div>
        \(ClusterMapDrawing.svg(all, country: country, atlas: atlas))
        <section aria-labelledby="cand-h"><h2 id="cand-h">\(L("Candidate clusters by region"))</h2>
        <p class="hint">\(L("Regions with the most pronounced strong cluster first. Within a region: traded clusters it is specialised in (location quotient at least 1), strong ones first, then by location quotient; at most \(ClusterMapService.candidatesPerRegion) per region. Strong: LQ at or above the 75th percentile of the regions with that cluster, employment and establishments above their 25th percentile."))</p>
        \(filter.form(action: page.href))
        \(ClusterMapTable.render(shown, byRegion, lastYear: map.lastYear, firstYear: map.firstYear))
        \(filter.pager(base: page.href, total: regions.count, perPage: Self.regionsPerPage))
        </section>
        \(canMap ? """
        <form method="post" action="\(SitePath.deleteClusterMap(.id(map.id!)))" class="danger">\(Layout.csrfField(req))<button type="submit">\(L("Delete this map"))</button></form>
        """ as HTML : .empty)
        """)
    }

    @Sendable func delete(req: Request) async throws -> Response {
        try await ClusterMapService.delete(req)
        return req.redirect(to: SitePath.clusterMaps.href, redirectType: .normal)
    }
}
