import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import OpenAPIKit
import Vapor

/// `/programme/results`: each indicator added up over the programme's clusters and networks for a
/// period, filtered by country, project and breakdown category.
struct ProgrammeResultsRoutes: Sendable {
    static let period = QueryParameter(name: "period", kind: .pattern("^(19[0-9]{2}|20[0-9]{2}|2100)( H[12]| Q[1-4])?$", words: L("a year, half-year or quarter, e.g. 2000, 2000 H2, 2000 Q3")),
                                       summary: "A year, half-year or quarter: 2000, 2000 H2, 2000 Q3 (default: the current half-year)")
    static let country = QueryParameter(name: "country", kind: .countryCode, summary: "Only clusters and networks of this country (ISO code)")
    static let project = QueryParameter.uuid("project", "Only this project's clusters and networks")
    static let category = QueryParameter(name: "breakdown", kind: .pattern("^[a-z][a-z0-9_]{0,39}[.][a-z][a-z0-9_]{0,39}$", words: L("dimension.category, e.g. sex.female")),
                                         summary: "Only one category's values, as dimension.category, e.g. sex.female")
    static let parameters = [period, country, project, category]

    func mount(on routes: any RoutesBuilder, api: Bool) {
        if api {
            routes.get(.programme(.results)) { req async throws -> JSONResponse in JSONResponse(body: Self.json(try await Self.load(req))) }.declaring(Self.parameters)
        } else {
            routes.get(.programme(.results)) { req async throws -> HTML in
                Layout.page(L("Programme results"), req, body: Self.page(try await ProgrammeResultsSheet.load(try await Self.load(req), req)))
            }.declaring(Self.parameters)
        }
    }

    static func load(_ req: Request) async throws -> ProgrammeResults {
        let label = try req.query(period) ?? ReportingCalendar.halfYears.periods(from: req.today, to: req.today)[0].label
        guard let chosen = ResultAggregation.period(named: label) else { throw period.refusal(L("must be a year, half-year or quarter, e.g. 2000 H2")) }
        var split: (String, String)?
        if let text = try req.query(category) {
            let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, BreakdownDimension.isCode(parts[0]), BreakdownDimension.isCode(parts[1]) else {
                throw category.refusal(L("must be dimension.category, e.g. sex.female"))
            }
            split = (parts[0], parts[1])
        }
        return try await ProgrammeResults.load(period: chosen, country: try req.query(country)?.uppercased(), project: try req.queryID(project),
                                               category: split, on: req.db)
    }

    static func json(_ r: ProgrammeResults) -> JSONOut {
        func n(_ v: Double?) -> JSONOut { v.map(JSONOut.double) ?? .null }
        return .object([
            ("period", .string(r.period.label)), ("from", .string(r.period.start.description)), ("to", .string(r.period.end.description)),
            ("items", .array(r.lines.map { l in
                .object([("indicatorId", .string(l.indicator.id!.lowercasedText)), ("indicator", .string(l.indicator.name)), ("unit", .string(l.indicator.unit)),
                         ("level", .string(l.indicator.level.rawValue)), ("series", .int(l.row.series)), ("withoutCategory", .int(l.row.withoutCategory)),
                         ("withoutRatio", .int(l.row.withoutRatio)), ("numerator", n(l.row.pooled?.numerator)), ("denominator", n(l.row.pooled?.denominator)),
                         ("toDate", n(l.row.toDate)), ("measuredInPeriod", n(l.row.measured)), ("target", n(l.row.target)),
                         ("shareOfTarget", n(l.row.shareOfTarget)), ("notAdded", l.row.notAdded.map { JSONOut.string($0.said) } ?? .null)])
            })),
        ])
    }

    static func note(_ row: ResultAggregation.Row) -> Phrase {
        var said = [row.notAdded].compactMap { $0 }
        if row.notAdded == nil, row.withoutCategory > 0 { said.append(L("\(row.withoutCategory) series without this breakdown left out")) }
        if row.notAdded == nil, row.withoutRatio > 0 { said.append(L("\(row.withoutRatio) series without numerator and denominator left out of the pool")) }
        return Phrase.list(said)
    }

    /// The programme's results page: the selection as a form, each indicator added up, the programme's files. Pure.
    static func page(_ s: ProgrammeResultsSheet) -> HTML {
        let r = s.results, n = FigureText.rounded, w = Wording.current
        let rows = r.lines.map { l -> HTML in
            """
            <tr><th scope="row">\(l.indicator.name) <span class="hint">(\(l.indicator.unit))</span></th><td>\(l.indicator.level.label)</td><td class="num">\(l.row.series)</td>
            <td class="num">\(n(l.row.toDate)) \(l.row.pooled.map { L("(\(n($0.numerator)) of \(n($0.denominator)))") })</td><td class="num">\(n(l.row.measured))</td><td class="num">\(n(l.row.target))</td><td class="num">\(PlanPages.percent(l.row.shareOfTarget))</td>
            <td>\(note(l.row))</td></tr>
            """
        }
        let projectOptions = s.projects.map { p -> HTML in "<option value=\"\(p.id.lowercasedText)\"\(p.id == s.project ? HTML(raw: " selected") : .empty)>\(p.code)</option>" }
        return """
        <h1>\(L("Programme results"))</h1>
        <p>\(L("Approved figures added up over the programme's clusters and networks for \(r.period.label) (\(w.date(r.period.start.description)) to \(w.date(r.period.end.description))): values to date at the period's end,"))
        \(L("what was measured in it, and the targets being worked towards. Counts and amounts add; a percentage or ratio is pooled from the numerators and denominators its figures record (their sums divided), never averaged."))</p>
        <form class="actions" method="get" action="\(SitePath.programme(.results))">
        <label for="period">\(L("Period"))</label><input id="period" name="period" value="\(r.period.label)" size="8">
        <label for="country">\(L("Country"))</label><input id="country" name="country" value="\(s.country)" size="3">
        <label for="project">\(L("Project"))</label><select id="project" name="project"><option value="">\(L("All"))</option>\(HTML.join(projectOptions))</select>
        <label for="breakdown">\(L("Category"))</label><input id="breakdown" name="breakdown" value="\(s.category)" placeholder="\(L("sex.female"))" size="14">
        <button type="submit">\(L("Show"))</button></form>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Programme results"))"><table><caption>\(L("Indicators across the programme, \(r.period.label)"))</caption>
        <thead><tr><th scope="col">\(L("Indicator"))</th><th scope="col">\(L("Level"))</th><th scope="col">\(L("Series"))</th><th scope="col">\(L("Value to date"))</th><th scope="col">\(L("Measured in the period"))</th>
        <th scope="col">\(L("Target"))</th><th scope="col">\(L("Share of target"))</th><th scope="col">\(L("Note"))</th></tr></thead>
        <tbody>\(rows.isEmpty ? "<tr><td colspan=\"8\">\(L("No approved figures in this selection."))</td></tr>" : HTML.join(rows))</tbody></table></div>
        <p><a href="\(SitePath.programme(.iati))">\(L("IATI file of the whole programme"))</a> · <a href="\(SitePath.programme(.reportingOrganisation))">\(L("Reporting organisation"))</a></p>
        """
    }
}

/// The programme's results for a selection, with the projects it may be narrowed to and what was asked.
struct ProgrammeResultsSheet: Sendable {
    let results: ProgrammeResults
    let projects: [(id: UUID, code: String)]
    let project: UUID?
    let country: String
    let category: String

    static func load(_ results: ProgrammeResults, _ req: Request) async throws -> ProgrammeResultsSheet {
        let projects = try await ProjectModel.query(on: req.db).sort(\.$code).all()
        return ProgrammeResultsSheet(results: results, projects: projects.map { ($0.id!, $0.code) }, project: try req.queryID(ProgrammeResultsRoutes.project),
                                     country: try req.query(ProgrammeResultsRoutes.country) ?? "", category: try req.query(ProgrammeResultsRoutes.category) ?? "")
    }
}

struct ProgrammeResultsPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws { ProgrammeResultsRoutes().mount(on: routes, api: false) }
}

struct ProgrammeResultsAPI: DocumentedAPI {
    func boot(routes: any RoutesBuilder) throws { ProgrammeResultsRoutes().mount(on: routes, api: true) }

    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        [("/programme/results", OpenAPI.PathItem(get: APIOperation.make("Each indicator added up over the programme for a period (approved figures only)",
                                                                        query: ProgrammeResultsRoutes.parameters, one: "ProgrammeResults")))]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        let number = JSONSchema.number(required: false, nullable: true)
        return [("ProgrammeResults", .object(properties: [
            "period": .string, "from": .string(format: .date), "to": .string(format: .date),
            "items": .array(items: .object(properties: [
                "indicatorId": .string(format: .uuid), "indicator": .string, "unit": .string, "level": .string, "series": .integer, "withoutCategory": .integer,
                "withoutRatio": .integer, "numerator": number, "denominator": number,
                "toDate": number, "measuredInPeriod": number, "target": number, "shareOfTarget": number, "notAdded": .string(required: false, nullable: true),
            ], additionalProperties: .a(false))),
        ], additionalProperties: .a(false)))]
    }
}
