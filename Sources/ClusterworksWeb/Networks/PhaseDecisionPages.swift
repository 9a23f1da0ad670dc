import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// The phase page: the five phases and what each asks, what the next one still needs, and the form
/// to record a decision.
struct PhaseDecisionPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(.parts(.networks, .key, .phase), use: create)
    }

    static func intro(_ network: NetworkModel, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> HTML {
        let track = try await PhaseTrack.load(network, today: req.today, on: req.db)
        let (phases, currentIndex) = (track.phases, track.current)
        let current = phases[currentIndex]
        let rows = phases.enumerated().map { i, p -> HTML in
            """
            <tr class="\(track.state(i))"\(i == currentIndex ? HTML(raw: " aria-current=\"step\"") : .empty)><th scope="row">\(p.label)</th>
            <td>\(p.conditions.isEmpty ? .verbatim("—") : Phrase.list(p.conditions))</td></tr>
            """
        }
        var next: HTML = .empty
        if network.dissolvedOn != nil {
            next = "<p class=\"notice\">\(L("Dissolved on \(date: network.dissolvedOn ?? "?") (\(network.dissolutionReason.flatMap(DissolutionReason.init(rawValue:))?.label)). Its history stays."))</p>"
        } else if let (n, missing) = track.next {
            next = missing.isEmpty ? "<p>\(L("The conditions of \(n.label) are met."))</p>"
                : "<p>\(L("Before \(n.label):"))</p><ul class=\"missing\">\(missing.map { "<li>\($0)</li>" as HTML })</ul>"
        }
        let dissolved = network.dissolvedOn != nil
        let s = try req.requireSignedIn()
        let mayEdit = try await Registries.networks.canEdit(s, network, on: req.db)
        var form: HTML = .empty
        if mayEdit && !dissolved {
            let mayOverride = EditPolicy.canOverride(s.principal, chain: try await Registries.networks.chain(of: network, on: req.db))
            let hidden: Set<String> = mayOverride ? [] : ["override", "justification"]
            var fields = try await RecordForm.fields(PhaseDecisionSchema.schema, values: [:], raw: raw, prefill: ["override": "false"],
                                                     errors: errors, hidden: hidden, on: req.db)
            // Offer only the phases of this kind of network.
            let other = network.networkKind == .vertical ? NetworkPhase.allCases.map(\.rawValue) : VerticalPhase.allCases.map(\.rawValue)
            fields = HTML(raw: other.reduce(fields.raw) { html, value in
                html.replacingOccurrences(of: #"<option value="\#(value)">"#, with: #"<option value="\#(value)" hidden disabled>"#)
            })
            form = """
            <section aria-labelledby="decide-h"><h2 id="decide-h">\(L("Record a decision"))</h2>
            \(RecordFormPage.errorNotice(errors))
            <form class="stack" method="post" action="\(SitePath.parts(.networks, .id(try network.requireID()), .phase))" novalidate>\(Layout.csrfField(req))
            \(fields)<div><button type="submit">\(L("Record decision"))</button></div></form></section>
            """
        }
        return """
        <p>\(L("Now in")) <strong>\(current.label)</strong>.</p>\(next)
        <table class="phases"><caption>\(L("The phases and what each needs"))</caption><thead><tr><th scope="col">\(L("Phase"))</th><th scope="col">\(L("Conditions to enter it"))</th></tr></thead>
        <tbody>\(rows)</tbody></table>
        <p class="hint">\(L("Phases are taken one at a time; moving back needs only a reason. A programme manager may override conditions that are not met, with a justification that is kept."))</p>
        \(form)
        <h2>\(L("Decisions so far"))</h2>
        """
    }

    @Sendable func create(req: Request) async throws -> Response {
        let parts = PartService(registry: NetworkParts.decisions)
        let network = try await parts.owner(req)
        let input = try SubmissionReader.form(req)
        do {
            _ = try await PhaseDecision.record(input, in: network, by: try req.requireSignedIn().acting, today: req.today, on: req.db)
            return req.redirect(to: NetworkParts.decisions.listPath(network))
        } catch let e as FieldErrors {
            let pages = PartPages(registry: NetworkParts.decisions)
            let items = try await parts.list(network, on: req.db)
            return Layout.page(L("Phase — \(network.name)"), req, body: """
            \(NetworkNav.header(network, current: "phase"))
            <h1>\(L("Phase"))</h1>\(try await Self.intro(network, req, errors: e.errors, raw: input))\(try await pages.table(network, items, req))
            """).response(status: e.status)
        }
    }
}

/// `POST /api/v1/networks/{id}/phase`.
struct PhaseDecisionAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(.parts(.networks, .key, .phase), use: create)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let network = try await PartService(registry: NetworkParts.decisions).owner(req)
        let decision = try await PhaseDecision.record(try SubmissionReader.json(req, schema: PhaseDecisionSchema.schema), in: network, by: try req.requireSignedIn().acting, today: req.today, on: req.db)
        return try await JSONResponse(body: PartAPI(registry: NetworkParts.decisions).json(decision, network), status: .created).encodeResponse(for: req)
    }
}

/// Phase decisions are documented as a part (`/networks/{id}/phase`); their creation body is the decision's schema.
extension PhaseDecisionAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] { [] }
    static var schemas: [(name: String, schema: JSONSchema)] { [("PhaseDecisionCreate", APISchema.record(PhaseDecisionSchema.schema))] }
}
