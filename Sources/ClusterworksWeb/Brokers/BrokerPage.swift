import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import OpenAPIKit
import Vapor

/// A broker's path as loaded, with their employments and assignments as listed on their page.
struct BrokerSheet {
    let path: BrokerPath
    let employments: ChildList
    let assignments: ChildList
}

/// A broker's page below their fields: trained and certified when, employed by whom, assigned
/// where, and what they cost the project year by year.
enum BrokerPage {
    static func path(_ broker: BrokerModel, _ req: Request) async throws -> HTML {
        let id = try broker.requireID()
        return render(BrokerSheet(
            path: try await BrokerPath.load(broker, today: req.today, on: req.db),
            employments: try await ChildRecords.load(L("Employers over time"), of: ProgrammeRegistries.brokerEmployments, where: \.$brokerId, is: id, parentKey: "brokerId",
                                                     columns: ["fromOn", "toOn", "employerKind", "projectId", "institutionId", "employer", "role", "monthlyCost"], req),
            assignments: try await ChildRecords.load(L("Assignments"), of: ProgrammeRegistries.brokerAssignments, where: \.$brokerId, is: id, parentKey: "brokerId",
                                                     columns: ["fromOn", "toOn", "clusterId", "networkId", "linkageUnitId", "timeShare"], req)))
    }

    /// Pure.
    static func render(_ b: BrokerSheet) -> HTML {
        let p = b.path, w = Wording.current
        let trainings = p.trainings.map { t -> HTML in
            "<tr><th scope=\"row\">\(t.cohort)</th><td>\(t.course)</td><td>\(L("\(date: t.startsOn) to \(date: t.endsOn)"))</td><td>\(t.assessment?.label)</td><td>\(t.certification?.label)\(t.certifiedOn.map { " (\(w.date($0)))" } ?? "")</td></tr>"
        }
        let years = p.cost.years.map { y -> HTML in
            "<tr><th scope=\"row\">\(y.year)</th><td class=\"num\">\(w.money(y.total))</td><td class=\"num\">\(w.money(y.toProject))</td><td class=\"num\">\(w.money(y.toOthers))</td><td class=\"num\">\(PlanPages.percent(y.projectShare))</td></tr>"
        }
        return """
        <section><h2>\(L("Training and certification"))</h2>
        \(trainings.isEmpty ? ("<p>\(L("No course recorded for this person."))</p>" as HTML) : """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Courses taken"))"><table><caption class="sr-only">\(L("Courses taken"))</caption><thead><tr><th scope="col">\(L("Cohort"))</th><th scope="col">\(L("Course"))</th><th scope="col">\(L("Dates"))</th><th scope="col">\(L("Assessment"))</th><th scope="col">\(L("Certification"))</th></tr></thead>
        <tbody>\(HTML.join(trainings))</tbody></table></div>
        """)</section>
        \(ChildRecords.render(b.employments))
        \(ChildRecords.render(b.assignments))
        <section><h2>\(L("Cost of the broker, year by year"))</h2>
        <p class="hint">\(L("The time given to a cluster is shared as that cluster's broker cost schedule says; other time is the project's while it employs the broker. Amounts in USD."))</p>
        \(years.isEmpty ? ("<p>\(L("No employment with a monthly cost recorded."))</p>" as HTML) : """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Cost of the broker"))"><table><caption class="sr-only">\(L("Cost of the broker by year"))</caption><thead><tr><th scope="col">\(L("Year"))</th><th scope="col">\(L("Cost (USD)"))</th><th scope="col">\(L("Borne by the project"))</th><th scope="col">\(L("Borne by others"))</th><th scope="col">\(L("Project's share"))</th></tr></thead>
        <tbody>\(HTML.join(years))</tbody></table></div>
        """)</section>
        """
    }

    static func json(_ p: BrokerPath) -> JSONOut {
        .object([
            ("broker", .string(p.broker.name)),
            ("trainings", .array(p.trainings.map { t in
                .object([("cohort", .string(t.cohort)), ("course", .string(t.course)), ("startsOn", .string(t.startsOn)), ("endsOn", .string(t.endsOn)),
                         ("assessment", t.assessment.map { .string($0.rawValue) } ?? .null), ("certification", t.certification.map { .string($0.rawValue) } ?? .null),
                         ("certifiedOn", t.certifiedOn.map(JSONOut.string) ?? .null)])
            })),
            ("employments", .array(p.employments.map { e in
                .object([("employerKind", .string(e.employerKind)), ("fromOn", .string(e.fromOn)), ("toOn", e.toOn.map(JSONOut.string) ?? .null),
                         ("projectId", e.projectId.map { .string($0.lowercasedText) } ?? .null),
                         ("institutionId", e.institutionId.map { .string($0.lowercasedText) } ?? .null)])
            })),
            ("assignments", .array(p.assignments.map { a in
                .object([("fromOn", .string(a.fromOn)), ("toOn", a.toOn.map(JSONOut.string) ?? .null), ("timeShare", .int(a.timeShare)),
                         ("clusterId", a.clusterId.map { .string($0.lowercasedText) } ?? .null),
                         ("networkId", a.networkId.map { .string($0.lowercasedText) } ?? .null),
                         ("linkageUnitId", a.linkageUnitId.map { .string($0.lowercasedText) } ?? .null)])
            })),
            ("cost", .array(p.cost.years.map { y in .object([("year", .int(y.year)), ("total", .double(y.total)), ("toProject", .double(y.toProject))]) })),
        ])
    }
}

/// `GET /api/v1/brokers/{id}/path`: the same path as data.
struct BrokerPathAPI: DocumentedAPI {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.brokerPath(.key)) { req async throws -> JSONResponse in
            let broker = try await RegistryService(registry: ProgrammeRegistries.brokers).find(req)
            return JSONResponse(body: BrokerPage.json(try await BrokerPath.load(broker, today: req.today, on: req.db)))
        }
    }

    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        [("/brokers/{id}/path", OpenAPI.PathItem(get: APIOperation.make("A broker's path: courses, employers, assignments and cost to the project by year", path: ["id"], one: "BrokerPath")))]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        let list = JSONSchema.array(items: .object(additionalProperties: .b(.any(of: [.string, .number, .integer, .null()]))))
        return [("BrokerPath", .object(properties: ["broker": .string, "trainings": list, "employments": list, "assignments": list, "cost": list],
                                       additionalProperties: .a(false)))]
    }
}
