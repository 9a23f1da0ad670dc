import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import OpenAPIKit
import Vapor

/// A project's reporting calendar: its periods, entered one by one or laid out as quarters,
/// half-years or years.
enum ReportingParts {
    static let periods = PartRegistry<ProjectModel, ReportingPeriodModel>(
        owner: Registries.projects, ownerKind: .project, folder: .reportingPeriods, singular: L("reporting period"), plural: L("Reporting periods"),
        columns: ["label", "startsOn", "endsOn"],
        rules: { w in try await overlapRule(w) },
        intro: { project, _, req in try await ReportingCalendarRoutes.form(project, req, errors: .init(), raw: nil) })

    static let all: [any AppPart] = [periods]

    /// Periods of a project do not overlap (a figure belongs to one period) and lie within the
    /// project's span: a half-year may start before the project does, but not end before it starts.
    static func overlapRule(_ w: PartWrite<ProjectModel, ReportingPeriodModel>) async throws -> ValidationErrors {
        guard let s = w.values["startsOn"]?.date, let e = w.values["endsOn"]?.date, s <= e else { return .init() }
        if let outside = ReportingPeriodSchema.outside(.init(label: "", start: s, end: e),
                                                       projectStart: (w.owner.actualStart ?? w.owner.plannedStart).flatMap(CalendarDate.init),
                                                       projectEnd: (w.owner.actualEnd ?? w.owner.plannedEnd).flatMap(CalendarDate.init)) {
            return .init(field: outside.field, outside.message)
        }
        let others = try await ReportingPeriodModel.query(on: w.db).filter(\.$projectId == w.ownerId).all()
            .filter { $0.id != w.existing?.id }.compactMap(\.period)
        return ReportingPeriodSchema.overlap(.init(label: w.values.text("label") ?? "", start: s, end: e), with: others)
            .map { ValidationErrors(field: "startsOn", $0) } ?? .init()
    }
}

/// `POST /projects/:id/reporting-periods/calendar`: the periods of a calendar between two dates,
/// made at once (all or none); periods already there with the same dates are kept.
struct ReportingCalendarRoutes: Sendable {
    static let schema = RecordSchema(
        type: .reportingPeriod,
        fields: [
            FieldRule("calendar", L("Calendar"), .choice(ReportingCalendar.options), required: true),
            FieldRule("from", L("From"), .date, required: true, help: L("Usually the project's start")),
            FieldRule("to", L("To"), .date, required: true, help: L("Usually the project's planned end")),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            if let f = v["from"]?.date, let t = v["to"]?.date {
                if t < f { errors.add("to", L("must not be before the start (\(f))")) }
                else if t.year - f.year > 25 { errors.add("to", L("must be within 25 years of the start")) }
            }
            return errors
        })

    let registry = ReportingParts.periods

    func mount(on routes: any RoutesBuilder, api: Bool) {
        if api {
            routes.post(.project(.key, .reportingCalendar)) { req async throws -> JSONResponse in
                let (project, made) = try await self.lay(try SubmissionReader.json(req, schema: Self.schema), req)
                return JSONResponse(body: .object([("items", .array(made.map { PartAPI(registry: self.registry).json($0, project) }))]), status: .created)
            }
        } else {
            routes.post(.project(.key, .reportingCalendar)) { req async throws -> Response in
                let input = try SubmissionReader.form(req)
                do {
                    let (project, _) = try await self.lay(input, req)
                    return req.redirect(to: self.registry.listPath(project))
                } catch let e as FieldErrors {
                    let service = PartService(registry: self.registry)
                    let project = try await service.owner(req)
                    let body: HTML = """
                    \(SectionNav.header(project, current: self.registry.folder.rawValue))
                    <h1>\(self.registry.plural)</h1>
                    \(try await Self.form(project, req, errors: e.errors, raw: input))
                    \(try await PartPages(registry: self.registry).table(project, try await service.list(project, req), req))
                    """
                    return Layout.page(L("\(self.registry.plural) — \(project.title)"), req, body: body).response(status: e.status)
                }
            }
        }
    }

    private func lay(_ input: [String: RawInput], _ req: Request) async throws -> (ProjectModel, [ReportingPeriodModel]) {
        let project = try await PartService(registry: registry).owner(req)
        let values = try await RecordValidation.values(Self.schema, input, today: req.today, on: req.db)
        let calendar = ReportingCalendar(rawValue: values.text("calendar")!)!
        let wanted = calendar.periods(from: values["from"]!.date!, to: values["to"]!.date!)
        let existing = try await ReportingPeriodModel.periods(of: try project.requireID(), on: req.db)
        let new = wanted.filter { w in !existing.contains { $0.start == w.start && $0.end == w.end } }
        let acting = try req.requireSignedIn().acting, today = req.today, kind = registry.kind
        let made = try await req.db.transaction { tx in
            var made: [ReportingPeriodModel] = []
            for p in new {
                do {
                    made.append(try await PartWorkflow(kind: kind).create(["label": .text(p.label), "startsOn": .text(p.start.description), "endsOn": .text(p.end.description)],
                                                                          in: project, by: acting, today: today, on: tx))
                } catch let e as FieldErrors {
                    // Named for the request: which generated period met which problem.
                    throw FieldErrors(errors: .init(field: "from", L("the period \(p.label) \(Phrase.list(e.errors.fields.values.flatMap { $0 }))")))
                }
            }
            return made
        }
        return (project, made)
    }

    static func form(_ project: ProjectModel, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> HTML {
        guard try await PartService(registry: ReportingParts.periods).mayEdit(project, req) else { return .empty }
        return FormSection.render(FormSection(
            id: "calendar-h", heading: L("Lay out the reporting calendar"),
            hint: L("Targets and measured values of the project's clusters and networks fall in its periods; a figure outside every period is refused once the calendar is set."),
            action: .project(.id(try project.requireID()), .reportingCalendar),
            form: try await FilledForm.load(schema, raw: raw, prefill: ["calendar": ReportingCalendar.halfYears.rawValue, "from": project.plannedStart ?? "", "to": project.plannedEnd ?? ""],
                                            errors: errors, req),
            submit: L("Add these periods")))
    }
}

/// The calendar in the API.
struct ReportingCalendarAPI: DocumentedAPI {
    func boot(routes: any RoutesBuilder) throws { ReportingCalendarRoutes().mount(on: routes, api: true) }

    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        [("/projects/{id}/reporting-periods/calendar", OpenAPI.PathItem(post: APIOperation.make(
            "Add the periods of a calendar (quarters, half-years or years) between two dates, all or none; periods with the same dates are kept",
            path: ["id"], body: "ReportingCalendar", created: "ReportingPeriodList")))]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        [("ReportingCalendar", APISchema.record(ReportingCalendarRoutes.schema)),
         ("ReportingPeriodList", .object(properties: ["items": .array(items: APISchema.component("ReportingPeriod"))]))]
    }
}

/// The calendar on the project's pages.
struct ReportingCalendarPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws { ReportingCalendarRoutes().mount(on: routes, api: false) }
}
