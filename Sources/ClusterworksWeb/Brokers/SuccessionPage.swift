import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import OpenAPIKit
import Vapor

/// `/programme/brokers`: brokers trained and certified per country and year, and where those
/// trained work now — the succession from project consultants to local institutions.
struct SuccessionRoutes: Sendable {
    func mount(on routes: any RoutesBuilder, api: Bool) {
        routes.get(.programme(.brokers)) { req async throws -> Response in
            let s = try await ProgrammeSuccession.load(on: req.today, req.db)
            if api { return try await JSONResponse(body: Self.json(s)).encodeResponse(for: req) }
            let sheet = SuccessionSheet(succession: s, brokers: try await BrokerModel.query(on: req.db).count(), today: req.today)
            return try await Layout.page(L("Brokers and their succession"), req, body: Self.page(sheet)).encodeResponse(for: req)
        }
    }

    static func json(_ s: ProgrammeSuccession) -> JSONOut {
        let succession = s.succession
        return .object([
            ("byCountryAndYear", .array(succession.byCountryAndYear.map { .object([("country", .string($0.country)), ("year", .int($0.year)),
                                                                                     ("trained", .int($0.trained)), ("certified", .int($0.certified))]) })),
            ("now", .object(succession.now.map { ($0.0.rawValue, JSONOut.int($0.1)) })),
            ("people", .array(s.people.map { p in
                .object([("personId", .string(p.personId.lowercasedText)), ("name", .string(p.name)), ("country", .string(p.country)), ("year", .int(p.year)),
                         ("certified", .bool(p.certified)), ("brokerId", p.brokerId.map { .string($0.lowercasedText) } ?? .null),
                         ("employerNow", p.employerNow.map { .string($0.rawValue) } ?? .null), ("employerName", p.employerName.map(JSONOut.string) ?? .null)])
            })),
        ])
    }

    /// The programme's brokers: cohorts per country and year, where those trained work now, everyone trained. Pure.
    static func page(_ sheet: SuccessionSheet) -> HTML {
        let s = sheet.succession, succession = s.succession
        let cohorts = succession.byCountryAndYear.map { c -> HTML in
            "<tr><th scope=\"row\">\(c.country)</th><td class=\"num\">\(c.year)</td><td class=\"num\">\(c.trained)</td><td class=\"num\">\(c.certified)</td></tr>"
        }
        let now = succession.now.map { w, n -> HTML in "<tr><th scope=\"row\">\(w.label)</th><td class=\"num\">\(n)</td></tr>" }
        let people = s.people.map { p -> HTML in
            let name: HTML = p.brokerId.map { "<a href=\"\(SitePath.record(.brokers, .id($0)))\">\(p.name)</a>" } ?? "\(p.name)"
            return "<tr><th scope=\"row\">\(name)</th><td>\(p.country)</td><td class=\"num\">\(p.year)</td><td>\(p.certified ? L("Certified") : L("Not yet"))</td><td>\(p.employerNow.map { BrokerSuccession.Whereabouts.of($0).label } ?? L("Not known"))</td><td>\(p.employerName ?? "—")</td></tr>"
        }
        return """
        <h1>\(L("Brokers and their succession"))</h1>
        <p>\(L("Brokers start as consultants of a project and are trained to hand the function to local institutions. On \(Wording.current.date(sheet.today.description)):"))
        \(L("\(sheet.brokers) brokers recorded.")) <a href="\(SitePath.list(.brokers))">\(L("All brokers"))</a> · <a href="\(SitePath.list(.courses))">\(L("Courses"))</a> · <a href="\(SitePath.list(.cohorts))">\(L("Cohorts"))</a> · <a href="\(SitePath.download(.brokers))">\(L("Brokers (CSV)"))</a></p>
        <div class="pair">
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Trained and certified per country and year"))"><table><caption>\(L("Trained and certified per country and year"))</caption>
        <thead><tr><th scope="col">\(L("Country"))</th><th scope="col">\(L("Year"))</th><th scope="col">\(L("Trained"))</th><th scope="col">\(L("Certified"))</th></tr></thead>
        <tbody>\(cohorts.isEmpty ? "<tr><td colspan=\"4\">\(L("No course participants yet."))</td></tr>" : HTML.join(cohorts))</tbody></table></div>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Where those trained work now"))"><table><caption>\(L("Where those trained work now"))</caption>
        <thead><tr><th scope="col">\(L("Where"))</th><th scope="col">\(L("People"))</th></tr></thead><tbody>\(HTML.join(now))</tbody></table></div>
        </div>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Everyone trained"))"><table><caption>\(L("Everyone trained, and their employer now"))</caption>
        <thead><tr><th scope="col">\(L("Name"))</th><th scope="col">\(L("Country"))</th><th scope="col">\(L("Year"))</th><th scope="col">\(L("Certificate"))</th><th scope="col">\(L("Works now"))</th><th scope="col">\(L("Employer"))</th></tr></thead>
        <tbody>\(people.isEmpty ? "<tr><td colspan=\"6\">\(L("None yet."))</td></tr>" : HTML.join(people))</tbody></table></div>
        """
    }
}

/// The programme's succession with the number of brokers recorded, on the day it is read.
struct SuccessionSheet: Sendable {
    let succession: ProgrammeSuccession
    let brokers: Int
    let today: CalendarDate
}

extension BrokerSuccession.Whereabouts {
    static func of(_ kind: EmployerKind) -> Self {
        switch kind {
        case .project: .project
        case .institution: .institution
        case .other: .elsewhere
        }
    }
}

/// What the succession answers in the API (served by `ProgrammeBrokerAPI`).
enum SuccessionAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        [("/programme/brokers", OpenAPI.PathItem(get: APIOperation.make("Brokers trained and certified per country and year, and where those trained work now", one: "BrokerSuccession")))]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        let list = JSONSchema.array(items: .object(additionalProperties: .b(.any(of: [.string, .number, .integer, .boolean, .null()]))))
        return [("BrokerSuccession", .object(properties: ["byCountryAndYear": list, "now": .object(additionalProperties: .b(.integer)), "people": list],
                                             additionalProperties: .a(false)))]
    }
}
