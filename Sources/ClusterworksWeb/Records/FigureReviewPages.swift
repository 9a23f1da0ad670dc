import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import OpenAPIKit
import Vapor

/// A figure's approval, on its page and in the API: submit, approve, return — for the figures of
/// clusters and of networks alike.
struct FigureReviewRoutes<P: SchemaRecord>: Sendable {
    let registry: PartRegistry<P, ResultEntryModel>

    /// `…/results/:partId/submit`, `/approve`, `/return`, as pages or as the API.
    func mount(on routes: any RoutesBuilder, api: Bool) {
        for step in FigureReview.Step.allCases {
            let path = SitePath.partStep(registry.owner.folder, .key, registry.folder, .key, .review(step))
            if api {
                routes.post(path) { req async throws -> JSONResponse in try await self.answer(step, req) }
            } else {
                routes.post(path) { req async throws -> Response in try await self.page(step, req) }
            }
        }
    }

    private func take(_ step: FigureReview.Step, _ comment: String?, _ req: Request) async throws -> (P, ResultEntryModel) {
        let service = PartService(registry: registry)
        let owner = try await service.owner(req)
        let figure = try await service.find(req, in: owner)
        let done = try await FigureReviews.take(step, figure, comment: comment, in: owner, kind: registry.kind,
                                                by: try req.requireSignedIn().acting, on: req.db)
        return (owner, done)
    }

    private func answer(_ step: FigureReview.Step, _ req: Request) async throws -> JSONResponse {
        let input = req.body.data == nil ? [:] : try SubmissionReader.json(req)
        for key in input.keys where key != "comment" { throw FieldErrors(errors: .init(field: key, L("is not a field of a review step; send only comment"))) }
        var comment: String?
        switch input["comment"] {
        case .text(let s)?: comment = s
        case nil, .null?: comment = nil
        default: throw FieldErrors(errors: .init(field: "comment", L("must be text")))
        }
        if let c = comment, c.unicodeScalars.count > 2000 { throw FieldErrors(errors: .init(field: "comment", L("must be at most 2000 characters"))) }
        let (owner, figure) = try await take(step, comment, req)
        return JSONResponse(body: PartAPI(registry: registry).json(figure, owner))
    }

    private func page(_ step: FigureReview.Step, _ req: Request) async throws -> Response {
        let input = try SubmissionReader.form(req)
        let comment: String? = if case .text(let s)? = input["comment"] { String(s.prefix(2000)) } else { nil }
        do {
            let (owner, figure) = try await take(step, comment, req)
            return req.redirect(to: registry.partPath(owner, figure))
        } catch let e as FieldErrors {
            let service = PartService(registry: registry)
            let owner = try await service.owner(req)
            let figure = try await service.find(req, in: owner)
            let body: HTML = """
            \(SectionNav.header(owner, current: registry.folder.rawValue))
            <p><a href="\(registry.partPath(owner, figure))">\(figure.title)</a></p>
            <h1>\(step.label): \(figure.title)</h1>
            \(try await FigureReviewPages.section(registry, owner, figure, req, errors: e.errors, comment: comment))
            """
            return Layout.page(step.label, req, body: body).response(status: e.status)
        }
    }
}

/// The approval section of a figure's page: where it stands and the step the signed-in user may take.
enum FigureReviewPages {
    static func detail<P: SchemaRecord>(_ registry: PartRegistry<P, ResultEntryModel>, _ owner: P, _ figure: ResultEntryModel, _ req: Request) async throws -> HTML {
        try await section(registry, owner, figure, req, errors: .init(), comment: nil)
    }

    static func section<P: SchemaRecord>(_ registry: PartRegistry<P, ResultEntryModel>, _ owner: P, _ figure: ResultEntryModel, _ req: Request,
                                         errors: ValidationErrors, comment: String?) async throws -> HTML {
        FigureApprovalView.section(try await FigureApproval.load(registry, owner, figure, req, errors: errors, comment: comment))
    }
}

/// Where a figure stands in its approval and what the reader may do with it, as loaded.
struct FigureApproval: Sendable {
    enum Step: Sendable {
        /// Why the reader may not take the step they otherwise could.
        case hint(Phrase)
        /// A step's form; `comment` when the step takes one, and whether it is required.
        case form(SitePath, FigureReview.Step, hint: Phrase, comment: (text: String?, required: Bool)?)
    }

    let status: FigureStatus
    let reviewComment: String?
    /// What stops the step, beside the comment's own message: each field's label with its messages.
    let problems: [Phrase]
    let steps: [Step]
    let errors: ValidationErrors
    let token: String

    static func load<P: SchemaRecord>(_ registry: PartRegistry<P, ResultEntryModel>, _ owner: P, _ figure: ResultEntryModel, _ req: Request,
                                      errors: ValidationErrors, comment: String?) async throws -> FigureApproval {
        let s = try req.requireSignedIn(), p = s.principal
        let path = { (step: FigureReview.Step) in SitePath.partStep(registry.owner.folder, .id(owner.id!), registry.folder, .id(figure.id!), .review(step)) }
        let status = figure.figureStatus
        var steps: [Step] = []
        if status.isOpen, try await registry.kind.owner.canEdit(p, owner, on: req.db) {
            steps.append(.form(path(.submit), .submit, hint: L("A programme manager then approves it for reports or returns it with a comment."), comment: nil))
        }
        if status == .submitted, EditPolicy.canReviewFigures(p, chain: try await registry.kind.owner.chain(of: owner, on: req.db)) {
            if figure.submittedBy == p.userId {
                steps.append(.hint(L("You submitted this figure: another programme manager approves it.")))
            } else {
                steps.append(.form(path(.approve), .approve, hint: L("Approved figures are frozen and reach reports and exports."), comment: (comment, false)))
                steps.append(.form(path(.return), .return, hint: L("The broker changes it and submits it again."), comment: (comment, true)))
            }
        }
        let problems = errors.fields.filter { $0.key != "comment" }.sorted { $0.key < $1.key }.map { key, messages in
            Phrase(template: "{1} {2}", arguments: [.phrase(registry.schema.field(key)?.label ?? .verbatim(key)), .phrase(Phrase.list(messages))], translatable: false)
        }
        return FigureApproval(status: status, reviewComment: figure.reviewComment, problems: problems, steps: steps, errors: errors, token: s.csrfToken)
    }
}

/// A figure's approval section. Pure.
enum FigureApprovalView {
    static func section(_ a: FigureApproval) -> HTML {
        let steps = a.steps.map { step -> HTML in
            switch step {
            case .hint(let why): "<p class=\"hint\">\(why)</p>"
            case .form(let path, let step, let hint, let comment): form(path, step, token: a.token, comment: comment, errors: a.errors, hint: hint)
            }
        }
        return """
        <section aria-labelledby="approval-h"><h2 id="approval-h">\(L("Approval"))</h2>
        <p><span class="tag fs-\(a.status.rawValue)">\(a.status.label)</span>\(a.reviewComment.map { " — “\($0)”" } ?? "")</p>
        \(a.problems.isEmpty ? .empty : "<p class=\"field-error\" role=\"alert\">\(Phrase.list(a.problems)).</p>")
        \(HTML.join(steps))</section>
        """
    }

    private static func form(_ path: SitePath, _ step: FigureReview.Step, token: String, comment: (text: String?, required: Bool)?,
                             errors: ValidationErrors, hint: Phrase) -> HTML {
        let id = "f-\(step.rawValue)-comment"
        let messages = comment == nil ? [] : errors.phrases(for: "comment")
        let field: HTML = comment.map { c in
            """
            <div><label for="\(id)">\(L("Comment")) <span class="hint">\(c.required ? L("(required)") : L("(optional)"))</span></label>
            <textarea id="\(id)" name="comment"\(messages.isEmpty ? .empty : HTML(raw: " aria-invalid=\"true\" aria-describedby=\"\(id)-err\""))>\(c.required ? (c.text ?? "") : "")</textarea>
            \(messages.isEmpty ? .empty : "<p class=\"field-error\" id=\"\(id)-err\">\(L("Comment \(Phrase.list(messages))."))</p>")</div>
            """
        } ?? .empty
        return """
        <form class="stack" method="post" action="\(path)" novalidate>\(Layout.csrfField(token: token))
        <p class="hint">\(hint)</p>\(field)<div><button type="submit"\(step == .return ? HTML(raw: " class=\"secondary\"") : .empty)>\(step.label)</button></div></form>
        """
    }
}

/// The review steps in the API, for cluster and network figures.
struct FigureReviewAPI: DocumentedAPI {
    func boot(routes: any RoutesBuilder) throws {
        FigureReviewRoutes(registry: ClusterParts.results).mount(on: routes, api: true)
        FigureReviewRoutes(registry: NetworkParts.results).mount(on: routes, api: true)
    }

    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        ["clusters", "networks"].flatMap { owner in
            FigureReview.Step.allCases.map { step in
                ("/\(owner)/{id}/results/{partId}/\(step.rawValue)", OpenAPI.PathItem(post: APIOperation.make(
                    summary(step), path: ["id", "partId"], one: "Result", body: "FigureReviewStep")))
            }
        }
    }

    static func summary(_ step: FigureReview.Step) -> String {
        switch step {
        case .submit: "Submit a draft or returned figure for approval"
        case .approve: "Approve a submitted figure (a programme manager other than the one who submitted it); it is frozen and reaches reports"
        case .return: "Return a submitted figure for changes, with a comment"
        }
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        [("FigureReviewStep", .object(properties: ["comment": .string(required: false, nullable: true, maxLength: 2000)], additionalProperties: .a(false)))]
    }
}

/// The review steps on figures' pages.
struct FigureReviewPagesRoutes: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        FigureReviewRoutes(registry: ClusterParts.results).mount(on: routes, api: false)
        FigureReviewRoutes(registry: NetworkParts.results).mount(on: routes, api: false)
    }
}
