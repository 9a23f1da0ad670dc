import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import OpenAPIKit
import Vapor

/// `/projects/:id/impact`: the three levels on a page (each chart beside its table), and in the API.
enum ImpactPage {
    static func sections(_ i: ProjectImpact) -> HTML {
        let n = FigureText.rounded
        let firms = i.firms.map { f -> HTML in
            let rows = f.panel.firms.map { x -> HTML in
                "<tr><th scope=\"row\">\(x.name)</th><td class=\"num\">\(n(x.baseline))</td><td class=\"num\">\(n(x.followUp))</td><td class=\"num\">\(n(x.change))</td><td>\(x.improved ? L("improved") : L("not improved"))</td></tr>"
            }
            return """
            <h3>\(f.indicator.name) <span class="hint">(\(f.indicator.unit))</span></h3>
            <p>\(f.panel.notFollowedUp > 0 ? L("\(f.panel.firms.count) firms measured at baseline and follow-up, \(f.panel.notFollowedUp) not yet followed up:") : L("\(f.panel.firms.count) firms measured at baseline and follow-up:"))
            \(L("\(PlanPages.percent(f.panel.shareImproving)) improved; median change \(n(f.panel.changes?.median)) (quartiles \(n(f.panel.changes?.lowerQuartile)) to \(n(f.panel.changes?.upperQuartile)))."))</p>
            \(strip(f))
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("\(f.indicator.name) per firm"))"><table><caption>\(L("\(f.indicator.name) per firm"))</caption>
            <thead><tr><th scope="col">\(L("Firm"))</th><th scope="col">\(L("Baseline"))</th><th scope="col">\(L("Follow-up"))</th><th scope="col">\(L("Change"))</th><th scope="col">\(L("Direction"))</th></tr></thead>
            <tbody>\(HTML.join(rows))</tbody></table></div>
            """
        }
        let networks = i.networks.map { x -> HTML in
            let path = x.netPath.map { "\($0.on): \($0.phase), mean \(n($0.mean))" }.joined(separator: "; ")
            let services = x.services.map { "\(($0.type?.label ?? .verbatim($0.title)).said) (\($0.status?.label.said.lowercased() ?? ""))" }.joined(separator: "; ")
            let g = x.growth
            return "<tr><th scope=\"row\">\(x.name)</th><td>\(NetworkPhase(rawValue: x.phase)?.label ?? .verbatim(x.phase))</td><td class=\"num\">\(g.atFormation.map(String.init) ?? "—")</td><td class=\"num\">\(g.now)</td><td class=\"num\">\(g.joined)</td><td class=\"num\">\(g.left)</td><td>\(services.isEmpty ? "—" : services)</td><td class=\"num\">\(x.jointProjects)</td><td>\(path.isEmpty ? "—" : path)</td></tr>"
        }
        let clusters = i.clusters.map { x -> HTML in
            "<tr><th scope=\"row\">\(x.name)</th><td>\(x.stage)</td><td>\(x.firstMap.map { Phrase(template: "{1} ({2})", arguments: [.phrase(Self.words($0)), .date($0.on)], translatable: false) } ?? .verbatim("—"))</td><td>\(Self.words(x.mapNow))</td><td class=\"num\">\(x.events)</td><td class=\"num\">\(x.participants)</td><td class=\"num\">\(PlanPages.percent(x.costHonoured))</td></tr>"
        }
        let membersChart = ThenNowChart.render(i.networks.map { .init(name: $0.name, then: $0.growth.atFormation.map(Double.init), now: Double($0.growth.now)) },
                                               unit: L("members"), then: L("at formation"), now: L("now"), label: L("Members of each network"))
        let tiesChart = ThenNowChart.render(i.clusters.map { .init(name: $0.name, then: $0.firstMap.map { Double($0.ties) }, now: Double($0.mapNow.ties)) },
                                            unit: L("working ties on the map of linkages"), then: L("first map"), now: L("now"), label: L("Ties in each cluster"))
        return """
        <section class="report-section" aria-labelledby="i-firm"><h2 id="i-firm">\(L("Impact on firms"))</h2>
        \(firms.isEmpty ? "<p>\(L("No firm-level indicator has approved baselines yet."))</p>" : HTML.join(firms))</section>
        <section class="report-section" aria-labelledby="i-network"><h2 id="i-network">\(L("Networks and associations"))</h2>
        \(membersChart)
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Networks over time"))"><table><caption>\(L("Networks over time"))</caption><thead><tr><th scope="col">\(L("Network"))</th><th scope="col">\(L("Phase"))</th>
        <th scope="col">\(L("Members at formation"))</th><th scope="col">\(L("Members now"))</th><th scope="col">\(L("Joined since"))</th><th scope="col">\(L("Left"))</th><th scope="col">\(L("Services to members"))</th><th scope="col">\(L("Joint projects"))</th><th scope="col">\(L("NET path"))</th></tr></thead>
        <tbody>\(networks.isEmpty ? "<tr><td colspan=\"9\">\(L("None."))</td></tr>" : HTML.join(networks))</tbody></table></div>
        \(indicatorTable(i, levels: [.network], caption: L("Network and association indicators (members, services used, fees collected)")))
        \(HTML.join(i.networks.filter { $0.turnover.years.count > 1 }.map { "<h3>\(L("Members of \($0.name), year by year"))</h3>\(MembershipChart.render($0.turnover))" as HTML }))</section>
        <section class="report-section" aria-labelledby="i-cluster"><h2 id="i-cluster">\(L("Clusters as a whole"))</h2>
        \(tiesChart)
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Clusters then and now"))"><table><caption>\(L("Clusters then and now"))</caption><thead><tr><th scope="col">\(L("Cluster"))</th><th scope="col">\(L("Stage"))</th>
        <th scope="col">\(L("First map of linkages"))</th><th scope="col">\(L("Map now"))</th><th scope="col">\(L("Events"))</th><th scope="col">\(L("Participants"))</th><th scope="col">\(L("Cost sharing honoured"))</th></tr></thead>
        <tbody>\(clusters.isEmpty ? "<tr><td colspan=\"7\">\(L("None."))</td></tr>" : HTML.join(clusters))</tbody></table></div>
        \(indicatorTable(i, levels: [.cluster, .project], caption: L("Cluster and project indicators")))</section>
        """
    }

    /// The indicators of some levels, one row per subject: baseline, latest, target and status.
    static func indicatorTable(_ i: ProjectImpact, levels: Set<IndicatorLevel>, caption: Phrase) -> HTML {
        let n = FigureText.rounded
        let rows = i.results.series.filter { levels.contains($0.indicator.level) }.map { s -> HTML in
            let p = s.progress
            return "<tr><th scope=\"row\">\(s.indicator.name) <span class=\"hint\">(\(s.indicator.unit))</span></th><td>\(s.subject ?? s.owner)</td><td class=\"num\">\(n(p.baseline?.value))</td><td class=\"num\">\(n(p.latest?.value))</td><td class=\"num\">\(n(p.target?.value))</td><td>\(p.status.label)</td></tr>"
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(caption)"><table><caption>\(caption)</caption><thead><tr><th scope="col">\(L("Indicator"))</th>
        <th scope="col">\(L("Subject"))</th><th scope="col">\(L("Baseline"))</th><th scope="col">\(L("Latest"))</th><th scope="col">\(L("Target"))</th><th scope="col">\(L("Status"))</th></tr></thead>
        <tbody>\(rows.isEmpty ? "<tr><td colspan=\"6\">\(L("None with approved figures."))</td></tr>" : HTML.join(rows))</tbody></table></div>
        """
    }

    static func words(_ m: ProjectImpact.ClusterLevel.Map) -> Phrase {
        m.density.map { L("\(m.ties) ties among \(m.actors) actors, \(m.isolated) isolated; density \(number: $0)") }
            ?? L("\(m.ties) ties among \(m.actors) actors, \(m.isolated) isolated")
    }

    /// Each firm's change as a dot on an axis in the indicator's unit, the quartiles as a box and the median as a line.
    static func strip(_ f: ProjectImpact.FirmLevel) -> HTML {
        guard let d = f.panel.changes else { return .empty }
        let lo = min(0, d.min), hi = max(0, d.max), span = hi - lo == 0 ? 1 : hi - lo
        let w = 560.0, left = 20.0, plot = w - 40
        func x(_ v: Double) -> String { String(format: "%.1f", left + (v - lo) / span * plot) }
        let dots = f.panel.firms.map { "<circle class=\"me\" cx=\"\(x($0.change))\" cy=\"30\" r=\"5\"><title>\($0.name): \(FieldValue.decimal($0.change).display)</title></circle>" as HTML }
        let ticks = [lo, (lo + hi) / 2, hi].map { v -> HTML in
            "<line class=\"axis\" x1=\"\(x(v))\" y1=\"52\" x2=\"\(x(v))\" y2=\"57\"/><text x=\"\(x(v))\" y=\"72\" text-anchor=\"middle\">\(FieldValue.decimal((v * 100).rounded() / 100).display)</text>"
        }
        return """
        <figure class="chart"><svg viewBox="0 0 \(Int(w)) 96" role="img" aria-label="\(L("Change per firm in \(f.indicator.unit): median \(FieldValue.decimal(d.median).display)"))">
        <rect class="bar" x="\(x(d.lowerQuartile))" y="20" width="\(String(format: "%.1f", max(1, (d.upperQuartile - d.lowerQuartile) / span * plot)))" height="20"/>
        <line class="line-actors" x1="\(x(d.median))" y1="16" x2="\(x(d.median))" y2="44"/>\(HTML.join(dots))
        <line class="axis" x1="\(x(lo))" y1="52" x2="\(x(hi))" y2="52"/>\(HTML.join(ticks))
        <text class="axis-title" x="\(Int(w / 2))" y="92" text-anchor="middle">\(L("Change from baseline to follow-up (\(f.indicator.unit))"))</text></svg>
        <figcaption><span class="key bar-key"></span>\(L("middle half of the firms")) <span class="key actors-key"></span>\(L("median; a dot per firm, listed in the table."))</figcaption></figure>
        """
    }
}

extension ImpactPage {
    /// The impact page of a project: the three levels from its approved figures, and a way to the full report. Pure.
    static func page(_ impact: ProjectImpact) -> HTML {
        let project = impact.results.project
        return """
        <article class="report"><h1>\(L("Impact at three levels")) <span class="hint">\(project.projectTitle)</span></h1>
        <p>\(impact.results.pending > 0 ? L("From approved figures; \(impact.results.pending) figures wait for approval and are left out.") : L("From approved figures."))
        <a href="\(SitePath.project(.id(project.id!), .report))">\(L("The full report"))</a></p>
        \(sections(impact))</article>
        """
    }
}

struct ImpactRoutes: Sendable {
    func mount(on routes: any RoutesBuilder, api: Bool) {
        if api {
            routes.get(.project(.key, .impact)) { req async throws -> JSONResponse in
                JSONResponse(body: try await ProjectImpact.load(try await RegistryService(registry: Registries.projects).find(req), today: req.today, on: req.db).json)
            }
        } else {
            routes.get(.project(.key, .impact)) { req async throws -> HTML in
                let project = try await RegistryService(registry: Registries.projects).find(req)
                let impact = try await ProjectImpact.load(project, today: req.today, on: req.db)
                return Layout.page(L("Impact — \(project.code)"), req, body: ImpactPage.page(impact))
            }
        }
    }
}

struct ImpactPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws { ImpactRoutes().mount(on: routes, api: false) }
}

struct ImpactAPI: DocumentedAPI {
    func boot(routes: any RoutesBuilder) throws { ImpactRoutes().mount(on: routes, api: true) }

    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        [("/projects/{id}/impact", OpenAPI.PathItem(get: APIOperation.make("Impact at the firm, network and cluster levels (approved figures only)", path: ["id"], one: "ProjectImpact")))]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        let list = JSONSchema.array(items: .object(additionalProperties: .b(.any(of: [.string, .number, .boolean, .null(), .object, .array]))))
        return [("ProjectImpact", .object(properties: ["project": .string, "pending": .integer, "firm": list, "network": list, "cluster": list, "indicators": list],
                                          additionalProperties: .a(false)))]
    }
}
