import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// The programme's clusters side by side, sortable by any figure: where every cluster stands.
struct ClusterOverview: RouteCollection {
    struct Row {
        let cluster: ClusterModel
        let status: ClusterStatus
        var stage: ClusterStage { cluster.stage }
    }

    /// Column key, heading, and the value a sort compares.
    static let project = QueryParameter.uuid("projectId", "Only the clusters of this project")
    static var sort: QueryParameter { .choice("sort", columns.map(\.key), "Column to sort by") }
    static var parameters: [QueryParameter] { [project, sort, QueryParameter.direction] }

    static let columns: [(key: String, label: Phrase, sortValue: @Sendable (Row) -> SortValue)] = [
        ("name", L("Cluster"), { .text($0.cluster.name) }),
        ("country", L("Country"), { .text($0.cluster.countryCode) }),
        ("stage", L("Stage"), { .number(Double($0.stage.order)) }),
        ("diagnostic", L("Diagnostic"), { .number(Double(($0.status.diagnostic?.version ?? 0) * 2 + ($0.status.diagnostic?.status == .validated ? 1 : 0))) }),
        ("ties", L("Ties existing / to strengthen / missing / in conflict"), { .number(Double($0.status.ties.existing)) }),
        ("events", L("Events"), { .number(Double($0.status.participation.totalEvents)) }),
        ("actors", L("Organisations taking part"), { .number(Double($0.status.participation.distinctActors)) }),
        ("actions", L("Actions done"), { .number(Double($0.status.actions[.done] ?? 0)) }),
        ("pledged", L("Pledged"), { .number($0.status.cost.pledged) }),
        ("projectShare", L("Project share"), { .number($0.status.cost.line(.project)?.pledgedShare ?? 0) }),
        ("honoured", L("Pledges honoured"), { .number($0.status.cost.honoured ?? -1) }),
        ("results", L("Results on track"), { .number(Double($0.status.results.onTrack)) }),
        ("handover", L("Readiness"), { .number(Double($0.status.facts.readinessMet)) }),
    ]

    enum SortValue: Comparable {
        case number(Double), text(String)
        static func < (a: SortValue, b: SortValue) -> Bool {
            switch (a, b) {
            case (.number(let x), .number(let y)): x < y
            case (.text(let x), .text(let y)): x.localizedCaseInsensitiveCompare(y) == .orderedAscending
            default: false
            }
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.programme(.clusters), use: page).declaring(Self.parameters)
    }

    static func rows(_ req: Request) async throws -> [Row] {
        var q = ClusterModel.query(on: req.db)
        if let id = try req.queryID(Self.project) { q = q.filter(\.$project.$id == id) }
        let clusters = try await q.limit(5000).all()
        let statuses = try await ClusterStatus.load(clusters, today: req.today, on: req.db)
        var rows = clusters.map { Row(cluster: $0, status: statuses[$0.id!]!) }
        let key = try req.query(sort) ?? "name"
        let column = columns.first { $0.key == key } ?? columns[0]
        let descending = try req.query(QueryParameter.direction) == "desc"
        rows.sort { a, b in
            let (x, y) = (column.sortValue(a), column.sortValue(b))
            if x == y { return a.cluster.name < b.cluster.name }
            return descending ? y < x : x < y
        }
        return rows
    }

    @Sendable func page(req: Request) async throws -> HTML {
        let sheet = ClusterOverviewSheet(
            rows: try await Self.rows(req).map { .init(id: $0.cluster.id!, name: $0.cluster.name, countryCode: $0.cluster.countryCode, stage: $0.stage, status: $0.status) },
            sort: try req.query(Self.sort) ?? "name", descending: try req.query(QueryParameter.direction) == "desc")
        return Layout.page(L("Clusters of the programme"), req, body: ClusterOverviewView.page(sheet))
    }
}

/// `/api/v1/programme/clusters`, `/api/v1/clusters/{id}/summary`, `/api/v1/projects/{id}/cost-sharing`.
struct ClusterSummaryAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.programme(.clusters), use: overview).declaring(ClusterOverview.parameters)
        routes.get(.cluster(.key, .summary), use: summary)
        routes.get(.project(.key, .costSharing), use: projectCost)
    }

    static func json(_ cluster: ClusterModel, _ s: ClusterStatus) -> JSONOut {
        let stage = cluster.stage
        let next = ClusterStageRules.next(after: stage, s.facts)
        return .object([
            ("id", .string(cluster.id!.lowercasedText)), ("name", .string(cluster.name)), ("stage", .string(stage.rawValue)),
            ("nextStage", next.map { .object([("stage", .string($0.stage.rawValue)), ("missing", .array($0.missing.map { JSONOut.string($0.said) }))]) } ?? .null),
            ("diagnostic", s.diagnostic.map { .object([("version", .int($0.version)), ("status", .string($0.status.rawValue)),
                                                       ("validatedVersion", s.validatedDiagnostic.map(JSONOut.int) ?? .null)]) } ?? .null),
            ("ties", .object([("existing", .int(s.ties.existing)), ("toStrengthen", .int(s.ties.toStrengthen)), ("missing", .int(s.ties.missing)), ("conflict", .int(s.ties.conflict))])),
            ("participation", .array(s.participation.quarters.map { q in
                .object([("quarter", .string(q.label)), ("events", .int(q.events)), ("actors", .int(q.actors)), ("newActors", .int(q.newActors)), ("participants", .int(q.participants))])
            })),
            ("plan", .object([("version", s.planVersion.map(JSONOut.int) ?? .null), ("reviews", .int(s.reviews)),
                              ("actions", .object(ActionStatus.allCases.map { ($0.rawValue, .int(s.actions[$0] ?? 0)) }))])),
            ("costSharing", costJSON(s.cost, currency: s.currency)),
            ("results", .object([("series", .int(s.results.total)), ("measured", .int(s.results.measured)), ("onTrackOrReached", .int(s.results.onTrack))])),
            ("handover", .object([("institutionId", s.handoverInstitution.map { .string($0.lowercasedText) } ?? .null),
                                  ("readinessMet", .int(s.facts.readinessMet)), ("readinessItems", .int(s.facts.readinessItems)),
                                  ("fullTakeover", s.facts.fullTakeover.map { .string($0.description) } ?? .null)])),
        ])
    }

    static func costJSON(_ c: CostSharing, currency: String) -> JSONOut {
        .object([("currency", .string(currency)), ("pledged", .double(c.pledged)), ("paid", .double(c.paid)),
                 ("honoured", c.honoured.map(JSONOut.double) ?? .null),
                 ("byFunderKind", .array(c.lines.map { l in
                     .object([("funderKind", .string(l.kind.rawValue)), ("pledged", .double(l.pledged)), ("paid", .double(l.paid)),
                              ("pledgedShare", .double(l.pledgedShare)), ("paidShare", .double(l.paidShare))])
                 }))])
    }

    @Sendable func overview(req: Request) async throws -> JSONResponse {
        let rows = try await ClusterOverview.rows(req)
        return JSONResponse(body: .object([("items", .array(rows.map { Self.json($0.cluster, $0.status) })), ("total", .int(rows.count))]))
    }

    @Sendable func summary(req: Request) async throws -> JSONResponse {
        let cluster = try await RegistryService(registry: Registries.clusters).find(req)
        let status = try await ClusterStatus.load(cluster, today: req.today, on: req.db)
        // One cluster's summary also gives each indicator's progress, with the latest breakdown.
        let entries = try await ResultEntryModel.owned(by: .cluster, try cluster.requireID(), on: req.db).all()
        let items = try await ResultsTable.rows(entries, on: req.db).map(\.json)
        guard case .object(var pairs) = Self.json(cluster, status), let i = pairs.firstIndex(where: { $0.0 == "results" }),
              case .object(let results) = pairs[i].1 else { return JSONResponse(body: Self.json(cluster, status)) }
        pairs[i].1 = .object(results + [("items", .array(items))])
        return JSONResponse(body: .object(pairs))
    }

    @Sendable func projectCost(req: Request) async throws -> JSONResponse {
        let project = try await RegistryService(registry: Registries.projects).find(req)
        let clusters = try await ClusterModel.query(on: req.db).filter(\.$project.$id == project.requireID()).all()
        let ids = clusters.compactMap(\.id)
        let items = ids.isEmpty ? [] : try await ContributionModel.query(on: req.db).filter(\.$clusterId ~~ ids).all()
        return JSONResponse(body: Self.costJSON(CostSharing(items.compactMap(\.share)), currency: project.currency ?? "USD"))
    }
}

/// `POST /clusters/{id}/stage`: the move offered on the cluster page, through the same rules as any edit.
struct ClusterStagePage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(.cluster(.key, .stage), use: move)
    }

    @Sendable func move(req: Request) async throws -> Response {
        let service = RegistryService(registry: Registries.clusters)
        let cluster = try await service.find(req)
        let input = try SubmissionReader.form(req)
        do {
            try await service.update(cluster, ["stage": input["stage"] ?? .null], partial: true, req)
        } catch let e as FieldErrors {
            return Layout.page(L("Stage not changed"), req, body: """
            <h1>\(L("The stage was not changed"))</h1><p class="notice error" role="alert">\(L("Stage \(Phrase.list(e.errors.phrases(for: "stage")))."))</p>
            <p><a href="\(SitePath.record(.clusters, .id(try cluster.requireID())))">\(L("Back to \(cluster.name)"))</a></p>
            """).response(status: e.status)
        }
        return req.redirect(to: SitePath.record(.clusters, .id(try cluster.requireID())))
    }
}

extension ClusterSummaryAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        [
            ("/clusters/{id}/summary", OpenAPI.PathItem(get: APIOperation.make("Where the cluster stands", path: ["id"], one: "ClusterSummary"))),
            ("/programme/clusters", OpenAPI.PathItem(get: APIOperation.make("Every cluster with its figures", query: ClusterOverview.parameters, one: "ClusterOverview"))),
            ("/projects/{id}/cost-sharing", OpenAPI.PathItem(get: APIOperation.make("Cost sharing across a project's clusters", path: ["id"], one: "CostSharing"))),
        ]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        [
            ("ClusterSummary", .object(description: "Stage and next stage with what it needs, diagnostic (version, status, validatedVersion), ties (existing, toStrengthen, missing, conflict), participation per quarter, plan, cost sharing, results (counts; one cluster's summary also items: each indicator's baseline, latest, target, shareOfTarget, status and latest breakdown), handover")),
            ("ClusterOverview", .object(properties: ["items": .array(required: false, items: APISchema.component("ClusterSummary")), "total": .integer(required: false)])),
            ("CostSharing", .object(description: "Pledged and paid by funder kind, shares 0…1, share of pledges honoured")),
        ]
    }
}
