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
        PhaseView.intro(try await PhaseSheet.load(network, req, errors: errors, raw: raw))
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
