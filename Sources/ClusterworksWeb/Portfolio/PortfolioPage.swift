import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The portfolio: a world map of country projects coloured by status, with counts and the same
/// data as a table for screen readers.
struct PortfolioPage: RouteCollection {
    let atlas: WorldAtlas
    let bodies = PortfolioBodies()

    static let colours: [ProjectStatus: String] = [
        .ongoing: "#1f5fa8", .underDesign: "#f0a830", .completed: "#4e9a5b", .suspended: "#9b59b6", .cancelled: "#8c8c8c",
    ]

    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: show)
    }

    struct CountryRow {
        let code: String
        let name: String
        let status: ProjectStatus
        let projects: [PortfolioState.Project]
    }

    @Sendable func show(req: Request) async throws -> HTML {
        let state = try await PortfolioState.load(on: req.db)
        let language = Wording.current.language
        let body = try await bodies.body(for: state, in: language) {
            render(state, names: try await CountryNames.all(in: language, on: req.db), links: try await CooperationLink.load(on: req.db))
        }
        return Layout.page(L("Portfolio"), req, body: body)
    }

    /// The view: the portfolio, its countries' names and the cooperation arcs in, the page out, in
    /// the language of the wording bound at the time (no database, so it is tested from a model).
    func render(_ state: PortfolioState, names: [String: String], links: [CooperationLink]) -> HTML {
        var byCountry: [String: [PortfolioState.Project]] = [:]
        for p in state.projects { for code in p.countryCodes { byCountry[code, default: []].append(p) } }
        let rows = byCountry.compactMap { code, ps -> CountryRow? in
            guard let status = CountryMapStatus.of(ps.map(\.status)) else { return nil }
            return CountryRow(code: code, name: names[code] ?? code, status: status, projects: ps)
        }.sorted { $0.name < $1.name }
        return """
        <h1>\(L("Portfolio"))</h1>
        \(cards(state.projects, countries: rows.count, clusters: state.clusters, networks: state.networks))
        \(CooperationArcs.toggle(links))
        <figure class="map">
        \(map(rows, arcs: CooperationArcs.draw(links)))
        <figcaption>\(links.isEmpty ? L("Countries coloured by the status of their most active project.") : L("Countries coloured by the status of their most active project; arcs join clusters that cooperate."))</figcaption>
        </figure>
        \(legend(arcs: !links.isEmpty))
        \(table(rows))
        \(CooperationArcs.table(links, names: names))
        """
    }

    private func cards(_ projects: [PortfolioState.Project], countries: Int, clusters: Int, networks: Int) -> HTML {
        let byStatus = ProjectStatus.allCases.map { status -> HTML in
            "<div class=\"card\"><strong>\(projects.filter { $0.status == status }.count)</strong>\(status.label)</div>"
        }
        return """
        <div class="cards">
        <div class="card"><strong>\(projects.count)</strong>\(L("Projects"))</div>
        <div class="card"><strong>\(countries)</strong>\(L("Countries"))</div>
        <div class="card"><strong>\(clusters)</strong>\(L("Clusters"))</div>
        <div class="card"><strong>\(networks)</strong>\(L("Networks"))</div>
        \(byStatus)
        </div>
        """
    }

    private func map(_ rows: [CountryRow], arcs: HTML) -> HTML {
        let status = Dictionary(rows.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let shapes = atlas.countries.map { c -> HTML in
            if let row = status[c.code] {
                return "<path d=\"\(HTML(raw: c.path))\" fill=\"\(Self.colours[row.status]!)\" data-status=\"\(row.status.rawValue)\" data-country=\"\(c.code)\"><title>\(L("\(row.name): \(row.status.label)"))</title></path>"
            }
            return c.plainShape(in: Wording.current.language)
        }
        return """
        <svg viewBox="0 0 \(Int(WorldAtlas.width)) \(Int(WorldAtlas.height))" role="img" aria-labelledby="map-title">
        <title id="map-title">\(L("World map of the portfolio: \(rows.count) countries with projects"))</title>
        <g fill="#f4f1ea" stroke="#9aa5b1" stroke-width="0.4">\(shapes)</g>\(arcs)
        </svg>
        """
    }

    private func legend(arcs: Bool) -> HTML {
        let items = ProjectStatus.allCases.map { s -> HTML in
            "<li><span class=\"swatch-\(s.rawValue)\"></span>\(s.label)</li>"
        }
        let arc: HTML = arcs ? "<li class=\"coop-key\"><span class=\"swatch-coop\"></span>\(L("Cooperation between clusters"))</li>" : .empty
        return "<ul class=\"legend\" aria-label=\"\(L("Legend"))\">\(items)\(arc)</ul>"
    }

    private func table(_ rows: [CountryRow]) -> HTML {
        let trs = rows.map { r -> HTML in
            let links = r.projects.map { p -> HTML in
                "<a href=\"\(SitePath.record(.projects, .id(p.id)))\">\(p.code)</a> (\(p.status.label))"
            }
            return "<tr><th scope=\"row\">\(r.name)</th><td>\(r.status.label)</td><td>\(HTML.join(links, separator: ", "))</td></tr>"
        }
        return """
        <h2 id="by-country">\(L("Projects by country"))</h2>
        <table aria-labelledby="by-country"><thead><tr><th scope="col">\(L("Country"))</th><th scope="col">\(L("Status on the map"))</th><th scope="col">\(L("Projects"))</th></tr></thead>
        <tbody>\(trs.isEmpty ? "<tr><td colspan=\"3\">\(L("No projects yet."))</td></tr>" : HTML.join(trs))</tbody></table>
        """
    }
}
