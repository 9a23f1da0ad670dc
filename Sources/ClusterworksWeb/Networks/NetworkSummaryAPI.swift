import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// `GET /api/v1/networks/{id}/summary`: what the network's page shows — phase and what the next
/// one needs, members and turnover per year, the latest NET against its targets, and for a
/// vertical network the supplier development figures.
struct NetworkSummaryAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.network(.key, .summary), use: summary)
        routes.get(.programme(.linkages), use: linkages)
    }

    @Sendable func summary(req: Request) async throws -> JSONResponse {
        let network = try await RegistryService(registry: Registries.networks).find(req)
        let status = try await NetworkStatus.load(network, today: req.today, on: req.db)
        let next: JSONOut = try await PhaseTrack.load(network, today: req.today, on: req.db).next.map { n in
            .object([("phase", .string(n.phase.value)), ("missing", .array(n.missing.map { JSONOut.string($0.said) }))])
        } ?? .null
        let turnover = MembershipTurnover(status.members, until: req.today)
        var pairs: [(String, JSONOut)] = [
            ("id", .string(try network.requireID().lowercasedText)), ("kind", .string(network.networkKind.rawValue)), ("phase", .string(network.phase)),
            ("nextPhase", next), ("dissolvedOn", network.dissolvedOn.map(JSONOut.string) ?? .null),
            ("currentMembers", .int(status.facts.currentMembers)),
            ("membersByYear", .array(turnover.years.map { y in
                .object([("year", .int(y.year)), ("joined", .int(y.joined)), ("left", .int(y.left)), ("size", .int(y.size)),
                         ("turnover", y.turnover.map(JSONOut.double) ?? .null)])
            })),
        ]
        if let latest = status.latest, let c = status.comparison {
            pairs.append(("latestNET", .object([
                ("assessedOn", .string(latest.assessedOn)), ("phase", .string(latest.networkPhase.rawValue)), ("atOrAboveTarget", .int(c.atOrAboveTarget)),
                ("dependsOnBroker", .bool(latest.dependsOnBroker)),
                ("indicators", .array(c.rows.map { r in
                    .object([("indicator", .string(r.indicator.rawValue)), ("score", .double(r.score)), ("target", r.target.map(JSONOut.double) ?? .null),
                             ("gap", r.gap.map(JSONOut.double) ?? .null), ("standing", r.standing.map { .string($0.rawValue) } ?? .null)])
                })),
            ])))
        }
        if network.networkKind == .vertical { pairs.append(("supplierDevelopment", Self.figures(try await LinkageFigures.load(network, on: req.db)))) }
        return JSONResponse(body: .object(pairs))
    }

    static func figures(_ f: LinkageFigures) -> JSONOut {
        .object([("evaluated", .int(f.evaluated)), ("improved", .int(f.improved)), ("contracted", .int(f.contracted)),
                 ("contractValue", .double(f.contractValue)), ("loans", .double(f.loans)),
                 ("localShareBefore", f.localShareBefore.map(JSONOut.double) ?? .null), ("localShareNow", f.localShareNow.map(JSONOut.double) ?? .null)])
    }

    @Sendable func linkages(req: Request) async throws -> JSONResponse {
        let rows = try await LinkageOverview.rows(req.db)
        return JSONResponse(body: .object([("items", .array(rows.map { n, f in
            .object([("networkId", .string(n.id!.lowercasedText)), ("name", .string(n.name)), ("phase", .string(n.phase)), ("figures", Self.figures(f))])
        })), ("total", .int(rows.count))]))
    }
}

extension NetworkSummaryAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        [
            ("/networks/{id}/summary", OpenAPI.PathItem(get: APIOperation.make("Where the network stands: phase and what the next needs, members by year, latest NET, supplier development figures", path: ["id"], one: "NetworkSummary"))),
            ("/programme/linkages", OpenAPI.PathItem(get: APIOperation.make("Every vertical network with its supplier development figures", one: "LinkageOverview"))),
        ]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        [("NetworkSummary", .object(description: "phase, nextPhase {phase, missing}, currentMembers, membersByYear, latestNET, supplierDevelopment")),
         ("LinkageOverview", .object(description: "items: networkId, name, phase, figures; total"))]
    }
}
