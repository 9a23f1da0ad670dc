import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// A diagnostic's page beyond its fields: the value chain with its bottlenecks, the perceptions
/// side by side, and the steps to validate it or start a new version.
struct DiagnosticPages: RouteCollection {
    let service = DiagnosticService()
    let parts = PartService(registry: ClusterParts.diagnostics)

    func boot(routes: any RoutesBuilder) throws {
        routes.post(.partStep(.clusters, .key, .diagnostics, .key, .validate), use: validate)
        routes.post(.partStep(.clusters, .key, .diagnostics, .key, .newVersion), use: newVersion)
    }

    static func detail(_ cluster: ClusterModel, _ d: DiagnosticModel, _ req: Request) async throws -> HTML {
        try await detail(cluster, d, req, validationErrors: ValidationErrors(), raw: nil)
    }

    static func detail(_ cluster: ClusterModel, _ d: DiagnosticModel, _ req: Request, validationErrors: ValidationErrors,
                       raw: [String: RawInput]?) async throws -> HTML {
        let id = try d.requireID()
        let mayEdit = try await PartService(registry: ClusterParts.diagnostics).mayEdit(cluster, req)
        let draft = d.diagnosticStatus == .draft
        let stages = try await RecordQuery.withLinks(ChainStageModel.query(on: req.db)).filter(\.$diagnosticId == id).sort(\.$position).all()
        let perceptions = try await PerceptionModel.query(on: req.db).filter(\.$diagnosticId == id).sort(\.$createdAt).all()
        let clusterId = try cluster.requireID()
        let hidden: Set<String> = ["diagnosticId"], prefill = ["diagnosticId": id.lowercasedText]
        let figures = try await ResultEntryModel.owned(by: .cluster, try cluster.requireID(), on: req.db).filter(\.$diagnosticId == id).all()
        var forms: HTML = .empty
        if mayEdit && draft {
            let figureForm = try await PartPages(registry: ClusterParts.results).addForm(
                cluster, req, errors: .init(), raw: nil,
                prefill: prefill.merging(["kind": ResultEntryKind.baseline.rawValue, "observedOn": d.startedOn]) { a, _ in a },
                hidden: hidden.union(["kind"]))
            forms = try await PartPages(registry: ClusterParts.chainStages).addForm(cluster, req, errors: .init(), raw: nil, prefill: prefill.merging(["position": "\(stages.count + 1)"]) { a, _ in a }, hidden: hidden)
                + (try await PartPages(registry: ClusterParts.perceptions).addForm(cluster, req, errors: .init(), raw: nil, prefill: prefill, hidden: hidden))
                + figureForm
                + (try await validateForm(cluster, d, req, errors: validationErrors, raw: raw))
        }
        let newVersion: HTML = mayEdit ? """
        <form class="actions" method="post" action="\(SitePath.partStep(.clusters, .id(clusterId), .diagnostics, .id(id), .newVersion))">\(Layout.csrfField(req))
        <button class="secondary" type="submit">\(L("Start a new version from this one"))</button></form>
        """ : .empty
        return """
        <section aria-labelledby="chain-h"><h2 id="chain-h">\(L("Value chain and bottlenecks"))</h2>\(chain(stages, clusterId, names: try await ReferenceDirectory.titles(.actor, stages.flatMap { $0.values.ids("actorIds") }, on: req.db)))</section>
        <section aria-labelledby="perc-h"><h2 id="perc-h">\(L("Perceptions by stakeholder group"))</h2>\(matrix(perceptions, clusterId))</section>
        <section aria-labelledby="fig-h"><h2 id="fig-h">\(L("Figures found (the baselines)"))</h2>\(try await ResultsTable.render(figures, approvedOnly: false, on: req.db))</section>
        \(forms)\(newVersion)
        """
    }

    /// Each stage with its description, the organisations linked to it (by name, linked) and its bottlenecks.
    static func chain(_ stages: [ChainStageModel], _ clusterId: UUID, names: [UUID: String]) -> HTML {
        guard !stages.isEmpty else { return "<p>\(L("No value chain stages recorded yet."))</p>" }
        let items = stages.map { s -> HTML in
            let bottlenecks = s.bottlenecks.split(separator: "\n").map { "<li>\(String($0))</li>" as HTML }
            let linked = s.values.ids("actorIds").compactMap { id in names[id].map { "<a href=\"\(SitePath.record(.actors, .id(id)))\">\($0)</a>" as HTML } }
            let organisations: HTML = linked.isEmpty ? .empty : "<p class=\"stage-actors\">\(L("Organisations at this stage:")) \(HTML.join(linked, separator: ", "))</p>"
            return """
            <li><a href="\(SitePath.part(.clusters, .id(clusterId), .chainStages, .id(s.id!)))"><strong>\(s.name)</strong></a>\(s.actors.map { " — \($0)" } ?? "")
            \(organisations)\(bottlenecks.isEmpty ? .empty : "<ul class=\"bottlenecks\">\(bottlenecks)</ul>")</li>
            """
        }
        return "<ol class=\"chain\">\(items)</ol>"
    }

    /// Themes down, groups across; the last column says whether the groups agree.
    static func matrix(_ perceptions: [PerceptionModel], _ clusterId: UUID) -> HTML {
        let entries = perceptions.compactMap { p -> (PerceptionMatrix.Entry, UUID)? in
            guard let g = StakeholderGroup(rawValue: p.stakeholderGroup), let s = PerceptionSeverity(rawValue: p.severity), let id = p.id else { return nil }
            return (.init(theme: p.theme, group: g, severity: s, statement: p.statement), id)
        }
        let m = PerceptionMatrix(entries.map(\.0))
        guard !m.rows.isEmpty else { return "<p>\(L("No perceptions recorded yet."))</p>" }
        let ids = Dictionary(entries.map { ("\($0.0.theme)|\($0.0.group.rawValue)|\($0.0.statement)", $0.1) }, uniquingKeysWith: { a, _ in a })
        let head = m.groups.map { "<th scope=\"col\">\($0.label)</th>" as HTML }
        let rows = m.rows.map { row -> HTML in
            let cells = m.groups.map { g -> HTML in
                let items = (row.byGroup[g] ?? []).map { e -> HTML in
                    let link = ids["\(e.theme)|\(e.group.rawValue)|\(e.statement)"].map { SitePath.part(.clusters, .id(clusterId), .perceptions, .id($0)).href } ?? "#"
                    return "<p><span class=\"tag sev-\(e.severity.rawValue)\">\(e.severity.label)</span> <a href=\"\(link)\">\(e.statement)</a></p>"
                }
                return "<td>\(items)</td>"
            }
            return "<tr><th scope=\"row\">\(row.theme)</th>\(cells)<td class=\"consensus \(row.consensus.rawValue)\">\(row.consensus.label)</td></tr>"
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Perceptions by stakeholder group"))"><table class="matrix"><thead><tr><th scope="col">\(L("Theme"))</th>\(head)<th scope="col">\(L("Agreement"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        """
    }

    static func validateForm(_ cluster: ClusterModel, _ d: DiagnosticModel, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> HTML {
        let fields = try await RecordForm.fields(DiagnosticValidation.schema, values: [:], raw: raw, prefill: [:], errors: errors,
                                                 owner: ScopeRef(.cluster, try cluster.requireID()), on: req.db)
        return """
        <section aria-labelledby="validate-h"><h2 id="validate-h">\(L("Validate with the stakeholders"))</h2>
        <p class="hint">\(L("Once validated, the study and its perceptions and value chain can no longer be changed; its figures stand as baselines."))</p>
        \(PartPages<ClusterModel, DiagnosticModel>.errorNotice(errors))
        <form class="stack" method="post" action="\(SitePath.partStep(.clusters, .id(cluster.id!), .diagnostics, .id(d.id!), .validate))" novalidate>\(Layout.csrfField(req))\(fields)
        <div><button type="submit">\(L("Validate this diagnostic"))</button></div></form></section>
        """
    }

    @Sendable func validate(req: Request) async throws -> Response {
        let cluster = try await parts.owner(req)
        let d = try await parts.find(req, in: cluster)
        let input = try SubmissionReader.form(req)
        let pages = PartPages(registry: ClusterParts.diagnostics)
        do {
            try await service.validate(d, input, in: cluster, req)
            return req.redirect(to: pages.registry.partPath(cluster, d))
        } catch let e as FieldErrors {
            let body: HTML = """
            \(ClusterNav.header(owner: cluster.title, id: try cluster.requireID(), current: "diagnostics"))
            <h1>\(L("Validate \(d.title)"))</h1>
            \(try await Self.validateForm(cluster, d, req, errors: e.errors, raw: input))
            """
            return Layout.page(L("Validate \(d.title)"), req, body: body).response(status: e.status)
        }
    }

    @Sendable func newVersion(req: Request) async throws -> Response {
        let cluster = try await parts.owner(req)
        let copy = try await service.newVersion(of: try await parts.find(req, in: cluster), in: cluster, req)
        return req.redirect(to: ClusterParts.diagnostics.partPath(cluster, copy))
    }
}

/// `/api/v1/clusters/{id}/diagnostics/{partId}/validate` and `/new-version`.
struct DiagnosticAPI: RouteCollection {
    let service = DiagnosticService()
    let parts = PartService(registry: ClusterParts.diagnostics)

    func boot(routes: any RoutesBuilder) throws {
        routes.post(.partStep(.clusters, .key, .diagnostics, .key, .validate), use: validate)
        routes.post(.partStep(.clusters, .key, .diagnostics, .key, .newVersion), use: newVersion)
    }

    @Sendable func validate(req: Request) async throws -> JSONResponse {
        let cluster = try await parts.owner(req)
        let d = try await parts.find(req, in: cluster)
        try await service.validate(d, try SubmissionReader.json(req, schema: DiagnosticValidation.schema), in: cluster, req)
        return JSONResponse(body: PartAPI(registry: ClusterParts.diagnostics).json(d, cluster))
    }

    @Sendable func newVersion(req: Request) async throws -> JSONResponse {
        let cluster = try await parts.owner(req)
        let copy = try await service.newVersion(of: try await parts.find(req, in: cluster), in: cluster, req)
        return JSONResponse(body: PartAPI(registry: ClusterParts.diagnostics).json(copy, cluster), status: .created)
    }
}

extension DiagnosticAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        let d = "/clusters/{id}/diagnostics/{partId}"
        return [
            (d + "/validate", OpenAPI.PathItem(post: APIOperation.make("Validate a diagnostic with the stakeholders; it becomes read-only",
                                                                       path: ["id", "partId"], one: "Diagnostic", body: "DiagnosticValidation"))),
            (d + "/new-version", OpenAPI.PathItem(post: APIOperation.make("Start a new draft version copied from this diagnostic",
                                                                          path: ["id", "partId"], created: "Diagnostic"))),
        ]
    }

    static var schemas: [(name: String, schema: JSONSchema)] { [("DiagnosticValidation", APISchema.record(DiagnosticValidation.schema))] }
}
