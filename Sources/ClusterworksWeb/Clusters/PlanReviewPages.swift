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
        guard let sheet = try await PlanReviewForm.load(cluster, req, errors: errors, raw: raw) else { return .empty }
        return PlanReviewForm.render(sheet)
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
