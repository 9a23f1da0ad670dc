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
        let mayEdit = try await PartService(registry: ClusterParts.diagnostics).mayEdit(cluster, req)
        let study = try await DiagnosticStudy.load(cluster, d, mayEdit: mayEdit, req)
        let forms = mayEdit && d.diagnosticStatus == .draft
            ? try await draftForms(cluster, d, stages: study.stages.count, req, validationErrors: validationErrors, raw: raw) : nil
        return DiagnosticView.render(study, forms: forms)
    }

    /// What a draft is added to from its page: stages of the value chain, perceptions, the figures found; and its validation.
    static func draftForms(_ cluster: ClusterModel, _ d: DiagnosticModel, stages: Int, _ req: Request, validationErrors: ValidationErrors,
                           raw: [String: RawInput]?) async throws -> DiagnosticDraftForms {
        let hidden: Set<String> = ["diagnosticId"], prefill = ["diagnosticId": try d.requireID().lowercasedText]
        return DiagnosticDraftForms(
            stage: try await PartPages(registry: ClusterParts.chainStages).addFormSheet(
                cluster, req, errors: .init(), raw: nil, prefill: prefill.merging(["position": "\(stages + 1)"]) { a, _ in a }, hidden: hidden),
            perception: try await PartPages(registry: ClusterParts.perceptions).addFormSheet(cluster, req, errors: .init(), raw: nil, prefill: prefill, hidden: hidden),
            figure: try await PartPages(registry: ClusterParts.results).addFormSheet(
                cluster, req, errors: .init(), raw: nil,
                prefill: prefill.merging(["kind": ResultEntryKind.baseline.rawValue, "observedOn": d.startedOn]) { a, _ in a },
                hidden: hidden.union(["kind"])),
            validation: try await validation(cluster, d, req, errors: validationErrors, raw: raw))
    }

    static func validation(_ cluster: ClusterModel, _ d: DiagnosticModel, _ req: Request, errors: ValidationErrors,
                           raw: [String: RawInput]?) async throws -> FormSection {
        FormSection(
            id: "validate-h", heading: L("Validate with the stakeholders"),
            hint: L("Once validated, the study and its perceptions and value chain can no longer be changed; its figures stand as baselines."),
            action: .partStep(.clusters, .id(try cluster.requireID()), .diagnostics, .id(try d.requireID()), .validate),
            form: try await FilledForm.load(DiagnosticValidation.schema, raw: raw, owner: ScopeRef(.cluster, try cluster.requireID()), errors: errors, req),
            submit: L("Validate this diagnostic"))
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
            \(FormSection.render(try await Self.validation(cluster, d, req, errors: e.errors, raw: input)))
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
