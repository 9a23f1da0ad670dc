import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import OpenAPIKit
import Vapor

/// The IATI files — a project's activity and the whole programme's — and the reporting organisation
/// they are published as, for pages (cookie) and the API (token) alike.
struct IATIRoutes: Sendable {
    func mount(on routes: any RoutesBuilder, api: Bool) {
        routes.get(.project(.key, .iati)) { req async throws -> Response in
            let project = try await RegistryService(registry: Registries.projects).find(req)
            return try await Self.file([project], name: "\(IATICodes.identifier(organisation: "iati", projectCode: project.code)).xml", req)
        }
        routes.get(.programme(.iati)) { req async throws -> Response in
            let projects = try await RecordQuery.all(ProjectModel.self, on: req.db).sorted { $0.code < $1.code }
            return try await Self.file(projects, name: "programme-iati.xml", req)
        }
    }

    /// The file, or a 422 naming what is missing: nothing is published half-way.
    static func file(_ projects: [ProjectModel], name: String, _ req: Request) async throws -> Response {
        let org = try await organisation(req)
        var results: [ProjectResults] = []
        for p in projects { results.append(try await ProjectResults.load(p, on: req.db)) }
        let xml: String
        do { xml = try IATIFile(organisation: org, generated: Date()).document(results) }
        catch let gap as IATIFile.Gap { throw FieldErrors(errors: .init(field: gap.field, .verbatim(gap.message))) }
        var headers = HTTPHeaders()
        headers.contentType = .xml
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return Response(status: .ok, headers: headers, body: .init(string: xml))
    }

    static func organisation(_ req: Request) async throws -> IATIFile.Organisation {
        let v = try await ReportingOrganisationSettings.values(on: req.db)
        guard let ref = v.text("reportingOrgRef"), let name = v.text("reportingOrgName"), let type = v.text("reportingOrgType") else {
            throw FieldErrors(errors: .init(field: "reportingOrgRef", L("is not set: a programme manager sets the reporting organisation (its IATI reference, name and type) before files are published")))
        }
        return .init(ref: ref, name: name, type: type)
    }
}

/// `/programme/reporting-organisation`: the form, and the API's read and change.
struct ReportingOrganisationPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        IATIRoutes().mount(on: routes, api: false)
        routes.get(.programme(.reportingOrganisation)) { req async throws -> HTML in try await Self.page(req, errors: .init(), raw: nil) }
        routes.post(.programme(.reportingOrganisation)) { req async throws -> Response in
            let input = try SubmissionReader.form(req)
            do {
                _ = try await ReportingOrganisationSettings.save(input, by: try req.requireSignedIn().acting, today: req.today, on: req.db)
                return req.redirect(to: SitePath.programme(.reportingOrganisation))
            } catch let e as FieldErrors {
                return try await Self.page(req, errors: e.errors, raw: input).response(status: e.status)
            }
        }
    }

    static func page(_ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> HTML {
        let values = try await ReportingOrganisationSettings.values(on: req.db)
        let s = try req.requireSignedIn()
        let sheet: ReportingOrganisationView.Sheet = EditPolicy.canSetProgrammeTargets(s.principal)
            ? .form(try await FilledForm.load(ReportingOrganisationSchema.schema, values: values, raw: raw, errors: errors, req))
            : .read(try await RecordView.fields(values, ReportingOrganisationSchema.schema, on: req.db))
        return Layout.page(L("Reporting organisation"), req, body: ReportingOrganisationView.page(sheet))
    }
}

/// The organisation the programme's IATI files are published as: its form for who may set it, else its fields. Pure.
enum ReportingOrganisationView {
    enum Sheet: Sendable {
        case read([RecordSheet.Field])
        case form(FilledForm)
    }

    static func page(_ sheet: Sheet) -> HTML {
        let body: HTML
        switch sheet {
        case .read(let fields): body = RecordView.definitionList(fields)
        case .form(let form):
            body = """
            \(form.notice)
            <form class="stack" method="post" action="\(SitePath.programme(.reportingOrganisation))" novalidate>
            \(form.fields)
            <div><button type="submit">\(L("Save"))</button></div></form>
            """
        }
        return """
        <h1>\(L("Reporting organisation"))</h1>
        <p>\(L("IATI files name the organisation that publishes them. Each project becomes an activity identified by this reference and the project's code."))</p>
        \(body)
        <p><a href="\(SitePath.programme(.iati))">\(L("Download the programme's IATI file"))</a> \(L("(IATI 2.03, every project)"))</p>
        """
    }
}

/// The same in the API.
struct ReportingOrganisationAPI: DocumentedAPI {
    func boot(routes: any RoutesBuilder) throws {
        IATIRoutes().mount(on: routes, api: true)
        routes.get(.programme(.reportingOrganisation)) { req async throws -> JSONResponse in
            JSONResponse(body: Self.json(try await ReportingOrganisationSettings.values(on: req.db)))
        }
        routes.put("programme", "reporting-organisation") { req async throws -> JSONResponse in
            let input = try SubmissionReader.json(req, schema: ReportingOrganisationSchema.schema)
            return JSONResponse(body: Self.json(try await ReportingOrganisationSettings.save(input, by: try req.requireSignedIn().acting, today: req.today, on: req.db)))
        }
    }

    static func json(_ v: RecordValues) -> JSONOut {
        .object(ReportingOrganisationSchema.schema.fields.map { ($0.key, v.text($0.key).map(JSONOut.string) ?? .null) })
    }

    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        var project = APIOperation.file("A project as an IATI 2.03 activity file (approved results only); 422 names what is missing, e.g. reportingOrgRef",
                                        type: .xml, description: "IATI 2.03 XML")
        project.parameters = APIOperation.parameters(path: ["id"], query: [])
        project.responses[422] = APIOperation.error("The file cannot be published as it is; `fields` names what to fill")
        var programme = APIOperation.file("Every project of the programme as one IATI 2.03 activities file", type: .xml, description: "IATI 2.03 XML")
        programme.responses[422] = APIOperation.error("The file cannot be published as it is; `fields` names what to fill")
        return [
            ("/projects/{id}/iati.xml", OpenAPI.PathItem(get: project)),
            ("/programme/iati.xml", OpenAPI.PathItem(get: programme)),
            ("/programme/reporting-organisation", OpenAPI.PathItem(
                get: APIOperation.make("The organisation IATI files are published as", one: "ReportingOrganisation"),
                put: APIOperation.make("Set the reporting organisation (programme managers and admins)", one: "ReportingOrganisation", body: "ReportingOrganisation"))),
        ]
    }

    static var schemas: [(name: String, schema: JSONSchema)] { [("ReportingOrganisation", APISchema.record(ReportingOrganisationSchema.schema))] }
}
