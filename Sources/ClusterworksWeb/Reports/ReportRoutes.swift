import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import OpenAPIKit
import Vapor

/// A project's report: the printable page, the workbook, the CSV of its results and, in the API, the
/// same rows as JSON — each for the whole project or one reporting period (`?period=2000 H2`).
struct ReportRoutes: Sendable {
    /// The world's outlines, for the printable page's map (the API has no map).
    var atlas: WorldAtlas? = nil

    static let period = QueryParameter.text("period", max: 60, "A reporting period's label, e.g. 2000 H2; the whole project when left out")

    func mount(on routes: any RoutesBuilder, api: Bool) {
        if api {
            routes.get(.project(.key, .report)) { req async throws -> JSONResponse in JSONResponse(body: try await Self.report(req).json) }.declaring([Self.period])
        } else {
            routes.get(.project(.key, .report)) { [atlas] req async throws -> HTML in
                let sheet = try await ReportSheet.load(try await Self.report(req), atlas: atlas, req)
                return Layout.page(L("Report — \(sheet.report.results.project.code)"), req, body: ReportPage.render(sheet))
            }.declaring([Self.period])
        }
        routes.get(.project(.key, .reportWorkbook)) { req async throws -> Response in
            let report = try await Self.report(req)
            return Self.download(try XLSXWriter.data(Workbook(sheets: report.sheets)), type: HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                                 name: Self.fileName(report, "xlsx"))
        }.declaring([Self.period])
        routes.get(.project(.key, .reportCSV)) { req async throws -> Response in
            let report = try await Self.report(req)
            let sheet = report.resultSheet
            let lines = [CSVWriter.line(text: sheet.header.map(\.english))] + sheet.rows.map { CSVWriter.line(text: $0.map(\.csv)) }
            return Self.download(Data((lines.joined(separator: "\r\n") + "\r\n").utf8), type: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]),
                                 name: Self.fileName(report, "csv"))
        }.declaring([Self.period])
    }

    static func report(_ req: Request) async throws -> ProjectReport {
        let project = try await RegistryService(registry: Registries.projects).find(req)
        return try await ProjectReport.load(project, period: try req.query(period), on: req.db)
    }

    static func fileName(_ r: ProjectReport, _ ext: String) -> String {
        let code = IATICodes.identifier(organisation: "report", projectCode: r.results.project.code)
        return "\(code)\(r.period.map { "-" + $0.label.replacingOccurrences(of: " ", with: "-") } ?? "").\(ext)"
    }

    static func download(_ data: Data, type: HTTPMediaType, name: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}

struct ReportPages: RouteCollection {
    let atlas: WorldAtlas
    func boot(routes: any RoutesBuilder) throws { ReportRoutes(atlas: atlas).mount(on: routes, api: false) }
}

struct ReportAPI: DocumentedAPI {
    func boot(routes: any RoutesBuilder) throws { ReportRoutes().mount(on: routes, api: true) }

    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        func file(_ summary: String, _ type: OpenAPI.ContentType, _ description: String) -> OpenAPI.Operation {
            var op = APIOperation.file(summary, type: type, description: description)
            op.parameters = APIOperation.parameters(path: ["id"], query: [ReportRoutes.period])
            op.responses[422] = unknownPeriod
            return op
        }
        var json = APIOperation.make(
            "A project's report as rows: results per indicator and period, breakdowns, contributions, events (approved figures only; `pending` counts the others)",
            path: ["id"], query: [ReportRoutes.period], one: "ProjectReport")
        json.responses[422] = unknownPeriod
        return [
            ("/projects/{id}/report", OpenAPI.PathItem(get: json)),
            ("/projects/{id}/report.xlsx", OpenAPI.PathItem(get: file("The report as a workbook (sheets Results, Breakdowns, Contributions, Events)",
                                                                     OpenAPI.ContentType(rawValue: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")!, "Office Open XML workbook"))),
            ("/projects/{id}/report.csv", OpenAPI.PathItem(get: file("The report's results as CSV, a row per indicator, subject and period", .csv, "CSV"))),
        ]
    }

    static let unknownPeriod = APIOperation.error("`period` names no reporting period of the project")

    static var schemas: [(name: String, schema: JSONSchema)] {
        let row = JSONSchema.object(additionalProperties: .b(.any(of: [.string, .number, .null()])))
        return [("ProjectReport", .object(properties: [
            "project": .string, "period": .string(required: false, nullable: true), "pending": .integer,
            "results": .array(items: row), "breakdowns": .array(items: row), "contributions": .array(items: row), "events": .array(items: row),
        ], additionalProperties: .a(false)))]
    }
}
