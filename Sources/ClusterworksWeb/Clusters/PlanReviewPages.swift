import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// The review form (progress per action) and a past version of the plan as a review kept it.
struct PlanReviewPages: RouteCollection {
    let service = PlanReviewService()

    func boot(routes: any RoutesBuilder) throws {
        routes.post(.cluster(.key, .reviews), use: create)
    }

    static func form(_ cluster: ClusterModel, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> HTML {
        guard try await PartService(registry: ClusterParts.reviews).mayEdit(cluster, req) else { return .empty }
        let clusterId = try cluster.requireID()
        guard let plan = try await ActionPlanModel.owned(by: .cluster, clusterId, on: req.db).first() else {
            return "<p>\(L("Record the vision and action plan first; reviews check its progress."))</p>"
        }
        let actions = try await ActionModel.owned(by: .cluster, clusterId, on: req.db).all()
        let fields = try await RecordForm.fields(PlanReviewSchema.schema, values: [:], raw: raw, prefill: [:], errors: errors, on: req.db)
        let rows = actions.map { a -> HTML in
            let id = a.id!.lowercasedText, key = "progress.\(id)"
            func given(_ f: String) -> String { if case .text(let s)? = raw?["\(key).\(f)"] { s } else { "" } }
            let current = raw == nil ? a.actionStatus.rawValue : given("status")
            let options = ActionStatus.allCases.map { s -> HTML in "<option value=\"\(s.rawValue)\"\(s.rawValue == current ? HTML(raw: " selected") : .empty)>\(s.label)</option>" }
            let messages = errors.phrases(for: PlanReviewRules.progressKey(a.id!))
            return """
            <tr><th scope="row">\(a.titleText)</th>
            <td><label class="sr-only" for="\(key).status">\(HTML.sentence(L("Status of \(a.titleText)"), wrap: [0: HTML.data]))</label><select id="\(key).status" name="\(key).status"><option value="">\(L("— not reviewed —"))</option>\(options)</select></td>
            <td><label class="sr-only" for="\(key).percent">\(HTML.sentence(L("Progress of \(a.titleText) (%)"), wrap: [0: HTML.data]))</label><input id="\(key).percent" name="\(key).percent" type="number" min="0" max="100" step="1" value="\(raw == nil ? a.percentComplete.map(String.init) ?? "" : given("percent"))"></td>
            <td><label class="sr-only" for="\(key).note">\(HTML.sentence(L("Note on \(a.titleText)"), wrap: [0: HTML.data]))</label><input id="\(key).note" name="\(key).note" type="text" value="\(given("note"))">
            \(messages.isEmpty ? .empty : "<p class=\"field-error\">\(Phrase.list(messages)).</p>")</td></tr>
            """
        }
        return """
        <section aria-labelledby="review-h"><h2 id="review-h">\(L("Record a review of version \(plan.version)"))</h2>
        \(RecordFormPage.errorNotice(errors))
        <form class="stack" method="post" action="\(SitePath.cluster(.id(clusterId), .reviews))" novalidate>\(Layout.csrfField(req))
        \(fields)
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Progress per action"))"><table><caption>\(L("Progress per action (check)"))</caption><thead><tr><th scope="col">\(L("Action"))</th><th scope="col">\(L("Status"))</th><th scope="col">\(L("Progress (%)"))</th><th scope="col">\(L("Note"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        <div><button type="submit">\(L("Record review"))</button></div></form></section>
        """
    }

    /// The plan as this review found it: version n, kept as it was.
    static func snapshot(_ review: PlanReviewModel) -> HTML {
        guard let s = review.snapshot else { return .empty }
        let notes = Dictionary(review.progress.map { ($0.actionId, $0.note ?? "") }, uniquingKeysWith: { a, _ in a })
        let rows = s.actions.map { a -> HTML in
            "<tr><td>\(a.title)</td><td>\(a.status.label)</td><td>\(a.percentComplete.map { "\($0) %" } ?? "—")</td><td>\(notes[a.id] ?? "")</td></tr>"
        }
        let objectives = s.objectives.map { "<li>\($0)</li>" as HTML }
        return """
        <section aria-labelledby="snap-h"><h2 id="snap-h">\(L("Version \(s.version) of the plan, as reviewed"))</h2>
        <p><strong>\(L("Vision:"))</strong> \(s.vision)</p><ul>\(objectives)</ul>
        <table><thead><tr><th scope="col">\(L("Action"))</th><th scope="col">\(L("Status"))</th><th scope="col">\(L("Progress"))</th><th scope="col">\(L("Note"))</th></tr></thead><tbody>\(rows)</tbody></table></section>
        """
    }

    @Sendable func create(req: Request) async throws -> Response {
        let parts = PartService(registry: ClusterParts.reviews)
        let cluster = try await parts.owner(req)
        let input = try SubmissionReader.form(req)
        let (fields, progress) = PlanReviewService.splitForm(input)
        do {
            let review = try await service.record(fields, progress: progress, in: cluster, req)
            return req.redirect(to: ClusterParts.reviews.partPath(cluster, review))
        } catch let e as FieldErrors {
            let body: HTML = """
            \(ClusterNav.header(owner: cluster.title, id: try cluster.requireID(), current: "reviews"))
            <h1>\(L("Plan reviews (PDCA)"))</h1>\(try await Self.form(cluster, req, errors: e.errors, raw: input))
            """
            return Layout.page(L("Plan review"), req, body: body).response(status: e.status)
        }
    }
}

extension PlanReviewModel {
    /// The progress reported and the version of the plan the review kept, as the API shows them.
    var reviewJSON: [(String, JSONOut)] {
        let progress: JSONOut = .array(self.progress.map { p in
            .object([("actionId", .string(p.actionId.lowercasedText)), ("status", .string(p.status.rawValue)),
                     ("percent", p.percentComplete.map(JSONOut.int) ?? .null), ("note", p.note.map(JSONOut.string) ?? .null)])
        })
        let plan: JSONOut = snapshot.map { s in
            .object([("version", .int(s.version)), ("vision", .string(s.vision)), ("objectives", .array(s.objectives.map(JSONOut.string))),
                     ("actions", .array(s.actions.map { a in
                         .object([("id", .string(a.id.lowercasedText)), ("title", .string(a.title)), ("type", .string(a.type)),
                                  ("status", .string(a.status.rawValue)), ("percentComplete", a.percentComplete.map(JSONOut.int) ?? .null)])
                     }))])
        } ?? .null
        return [("progress", progress), ("planVersion", plan)]
    }
}

/// `POST /api/v1/clusters/{id}/reviews`.
struct PlanReviewAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(.cluster(.key, .reviews), use: create)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let parts = PartService(registry: ClusterParts.reviews)
        let cluster = try await parts.owner(req)
        let (fields, progress) = try PlanReviewService.splitJSON(try SubmissionReader.json(req, schema: PlanReviewSchema.schema))
        let review = try await PlanReviewService().record(fields, progress: progress, in: cluster, req)
        return try await JSONResponse(body: PartAPI(registry: ClusterParts.reviews).json(review, cluster), status: .created).encodeResponse(for: req)
    }
}

/// Reviews are documented as a part (`/clusters/{id}/reviews`); their creation also takes the progress per action.
extension PlanReviewAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] { [] }

    static var schemas: [(name: String, schema: JSONSchema)] {
        let progress = JSONSchema.object(properties: [
            "actionId": APISchema.uuid,
            "status": .string(allowedValues: ActionStatus.allCases.map { AnyCodable($0.rawValue) }),
            "percent": .integer(required: false, maximum: (100, exclusive: false), minimum: (0, exclusive: false)),
            "note": .string(required: false, maxLength: 2000),
        ])
        return [("PlanReviewCreate", APISchema.record(PlanReviewSchema.schema, extra: ["progress": .array(required: false, items: progress)]))]
    }
}
