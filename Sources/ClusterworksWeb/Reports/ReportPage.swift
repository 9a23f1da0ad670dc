import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// The project report as a page to print on A4: summary, where it works, stages and phases reached,
/// results against targets (a chart and its table), breakdowns, cost sharing by kind of funder,
/// events and each cluster's narrative, a section a page; navigation is not printed.
struct ReportSheet: Sendable {
    let report: ProjectReport
    let impact: ProjectImpact
    /// The project's own fields, as its record page shows them.
    let fields: [RecordSheet.Field]
    let atlas: WorldAtlas?
    let today: CalendarDate

    static func load(_ report: ProjectReport, atlas: WorldAtlas?, _ req: Request) async throws -> ReportSheet {
        let p = report.results.project
        return ReportSheet(report: report, impact: try await ProjectImpact.load(report.results, today: req.today, on: req.db),
                           fields: try await RecordView.fields(p.values, ProjectModel.recordSchema, on: req.db), atlas: atlas, today: req.today)
    }
}

enum ReportPage {
    static func render(_ s: ReportSheet) -> HTML {
        let report = s.report, w = Wording.current
        let r = report.results, p = r.project
        let id = Slot.id(p.id!)
        let query = report.period.map { "?period=\($0.label.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" } ?? ""
        let periods = r.reportingPeriods.map { period -> HTML in
            "<option value=\"\(period.label)\"\(report.period == period ? HTML(raw: " selected") : .empty)>\(period.label)</option>"
        }
        let made = w.date(s.today.description)
        return """
        <article class="report">
        <section class="report-section first" aria-labelledby="r-summary"><h1 id="r-summary">\(p.projectTitle) <span class="hint">\(p.code)</span></h1>
        <p>\(report.period.map { L("Report for \($0.label) (\(w.date($0.start.description)) to \(w.date($0.end.description))), made \(made).") } ?? L("Report for the whole project, made \(made)."))
        \(r.pending > 0 ? L("Only approved figures are reported; \(r.pending) figures wait for approval and are left out.") : L("Only approved figures are reported."))</p>
        <form class="actions no-print" method="get" action="\(SitePath.project(id, .report))"><label for="period">\(L("Period"))</label>
        <select id="period" name="period"><option value="">\(L("Whole project"))</option>\(HTML.join(periods))</select> <button type="submit">\(L("Show"))</button>
        <a href="\(SitePath.project(id, .reportWorkbook).href)\(query)">\(L("Workbook (.xlsx)"))</a> · <a href="\(SitePath.project(id, .reportCSV).href)\(query)">\(L("Results (CSV)"))</a> · <a href="\(SitePath.project(id, .iati))">\(L("IATI file"))</a></form>
        \(RecordView.definitionList(s.fields))
        \(s.atlas.map { ProjectMap.render($0, countries: p.countryCodes) } ?? .empty)</section>
        \(work(r))
        <section class="report-section" aria-labelledby="r-results"><h2 id="r-results">\(L("Results against targets"))</h2>
        \(chart(r))\(table(report.resultSheet, caption: L("Results per indicator and period")))</section>
        \(ImpactPage.sections(s.impact))
        <section class="report-section" aria-labelledby="r-breakdowns"><h2 id="r-breakdowns">\(L("Breakdowns"))</h2>\(table(report.breakdownSheet, caption: L("Figures broken down by dimension")))</section>
        <section class="report-section" aria-labelledby="r-cost"><h2 id="r-cost">\(L("Cost sharing"))</h2>
        \(PlanPages.costTable(CostSharing(r.contributions.compactMap(\.share)), currency: p.currency ?? "USD"))\(table(report.contributionSheet, caption: L("Contributions")))</section>
        <section class="report-section" aria-labelledby="r-events"><h2 id="r-events">\(L("Events and participation"))</h2>\(table(report.eventSheet, caption: L("Events")))</section>
        \(narratives(r))
        </article>
        """
    }

    /// Clusters with the stage reached, networks with their phase.
    static func work(_ r: ProjectResults) -> HTML {
        let clusters = r.clusters.map { c -> HTML in
            "<tr><th scope=\"row\">\(c.name)</th><td>\(c.place ?? "")</td><td>\(c.sector ?? "")</td><td>\(c.stage.label)</td></tr>"
        }
        let networks = r.networks.map { n -> HTML in
            "<tr><th scope=\"row\">\(n.name)</th><td>\(n.networkKind.label)</td><td>\(n.phase)</td></tr>"
        }
        return """
        <section class="report-section" aria-labelledby="r-work"><h2 id="r-work">\(L("Stages and phases reached"))</h2>
        <div class="table-wrap"><table><caption>\(L("Clusters"))</caption><thead><tr><th scope="col">\(L("Cluster"))</th><th scope="col">\(L("Place"))</th><th scope="col">\(L("Sector"))</th><th scope="col">\(L("Stage"))</th></tr></thead>
        <tbody>\(clusters.isEmpty ? "<tr><td colspan=\"4\">\(L("None."))</td></tr>" : HTML.join(clusters))</tbody></table></div>
        <div class="table-wrap"><table><caption>\(L("Networks"))</caption><thead><tr><th scope="col">\(L("Network"))</th><th scope="col">\(L("Kind"))</th><th scope="col">\(L("Phase"))</th></tr></thead>
        <tbody>\(networks.isEmpty ? "<tr><td colspan=\"3\">\(L("None."))</td></tr>" : HTML.join(networks))</tbody></table></div></section>
        """
    }

    /// Share of the way from baseline to target covered, per indicator and subject, in per cent.
    static func chart(_ r: ProjectResults) -> HTML {
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        let bars = r.series.compactMap { s -> (String, Double)? in s.progress.shareOfTarget.map { (s.title, $0) } }
        guard !bars.isEmpty else { return "<p>\(L("No indicator has both a target and a measurement yet."))</p>" }
        let label = 340.0, plot = 320.0, row = 26.0, top = 30.0, height = top + row * Double(bars.count) + 40
        let scale = max(1.0, bars.map(\.1).max() ?? 1)
        let ticks = stride(from: 0.0, through: scale * 100, by: scale > 1.5 ? 50 : 25).map { t -> HTML in
            let x = label + plot * t / 100 / scale
            return "<line class=\"gridline\" x1=\"\(f(x))\" x2=\"\(f(x))\" y1=\"\(f(top - 6))\" y2=\"\(f(height - 34))\"/><text x=\"\(f(x))\" y=\"\(f(height - 18))\" text-anchor=\"middle\">\(Int(t))</text>"
        }
        let rows = bars.enumerated().map { i, b -> HTML in
            let y = top + row * Double(i), w = plot * max(0, b.1) / scale
            let name = b.0.count > 40 ? String(b.0.prefix(38)) + "…" : b.0
            return """
            <text x="\(f(label - 8))" y="\(f(y + 16))" text-anchor="end">\(name)</text><rect class="\(b.1 >= 1 ? "target-bar" : "bar")" x="\(f(label))" y="\(f(y + 4))" width="\(f(w))" height="16"><title>\(L("\(b.0): \(PlanPages.percent(b.1)) of the target"))</title></rect>
            """
        }
        return """
        <figure class="chart"><svg viewBox="0 0 \(Int(label + plot + 30)) \(Int(height))" role="img" aria-label="\(L("Share of each target reached, per cent"))">
        \(HTML.join(ticks))\(HTML.join(rows))<text class="axis-title" x="\(f(label + plot / 2))" y="\(f(height - 2))" text-anchor="middle">\(L("Share of the target reached (%)"))</text></svg>
        <figcaption><span class="key bar-key"></span>\(L("on the way")) <span class="key reached-key"></span>\(L("target reached or passed; the table below gives every value."))</figcaption></figure>
        """
    }

    static func table(_ sheet: Workbook.Sheet, caption: Phrase) -> HTML {
        let head = sheet.header.map { "<th scope=\"col\">\($0)</th>" as HTML }
        let rows = sheet.rows.map { cells -> HTML in
            "<tr>\(HTML.join(cells.map { c in c.isNumber ? "<td class=\"num\">\(c.csv)</td>" : "<td>\(c.csv)</td>" }))</tr>"
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(caption)"><table><caption>\(caption)</caption><thead><tr>\(HTML.join(head))</tr></thead>
        <tbody>\(rows.isEmpty ? "<tr><td colspan=\"\(sheet.header.count)\">\(L("None."))</td></tr>" : HTML.join(rows))</tbody></table></div>
        """
    }

    static func narratives(_ r: ProjectResults) -> HTML {
        let items = r.clusters.map { c -> HTML in "<h3>\(c.name)</h3><p>\(c.description.map(Phrase.verbatim) ?? L("No narrative recorded."))</p>" }
        return items.isEmpty ? .empty : "<section class=\"report-section\" aria-labelledby=\"r-narrative\"><h2 id=\"r-narrative\">\(L("Narrative per cluster"))</h2>\(HTML.join(items))</section>"
    }
}

extension Workbook.Cell {
    var isNumber: Bool { if case .number = self { true } else { false } }
}
