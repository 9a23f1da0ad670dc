import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import OpenAPIKit
import Vapor

/// `POST /indicators/:id/accept`, on the indicator's page and in the API.
struct IndicatorCurationRoutes: Sendable {
    func mount(on routes: any RoutesBuilder, api: Bool) {
        if api {
            routes.post(.acceptIndicator(.key)) { req async throws -> JSONResponse in
                JSONResponse(body: JSONOut.record(try await Self.accept(req)))
            }
        } else {
            routes.post(.acceptIndicator(.key)) { req async throws -> Response in
                let indicator = try await Self.accept(req)
                return req.redirect(to: SitePath.record(.indicators, .id(try indicator.requireID())))
            }
        }
    }

    static func accept(_ req: Request) async throws -> IndicatorModel {
        let indicator = try await RegistryService(registry: Registries.indicators).find(req)
        let accepted = try await IndicatorCuration.accept(indicator, by: try req.requireSignedIn().acting, on: req.db)
        try await accepted.loadLinks(on: req.db)
        return accepted
    }

    /// Above a proposed indicator's fields: what it waits for, and the button for those who decide.
    static func notice(_ indicator: IndicatorModel, _ req: Request) async throws -> HTML {
        guard indicator.status == .proposed else { return .empty }
        let s = try req.requireSignedIn()
        return proposed(try indicator.requireID(), acceptToken: EditPolicy.canCurateLibrary(s.principal) ? s.csrfToken : nil)
    }

    /// A proposed indicator's notice, with the accept button's form for who may decide. Pure.
    static func proposed(_ id: UUID, acceptToken: String?) -> HTML {
        """
        <p class="notice">\(L("Proposed: figures may be recorded with it, but they reach reports once a programme manager accepts it into the library."))</p>
        \(acceptToken.map { """
        <form class="actions" method="post" action="\(SitePath.acceptIndicator(.id(id)))">\(Layout.csrfField(token: $0))<button type="submit">\(L("Accept into the library"))</button></form>
        """ as HTML } ?? .empty)
        """
    }
}

struct IndicatorCurationPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws { IndicatorCurationRoutes().mount(on: routes, api: false) }
}

struct IndicatorCurationAPI: DocumentedAPI {
    func boot(routes: any RoutesBuilder) throws { IndicatorCurationRoutes().mount(on: routes, api: true) }

    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        [("/indicators/{id}/accept", OpenAPI.PathItem(post: {
            var op = APIOperation.make("Accept a proposed indicator into the library (programme managers and admins); its figures then reach reports",
                                       path: ["id"], one: "Indicator")
            op.responses[409] = APIOperation.error("The indicator is already accepted")
            return op
        }()))]
    }
}
