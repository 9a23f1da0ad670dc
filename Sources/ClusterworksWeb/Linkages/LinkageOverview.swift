import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// Every vertical network with what supplier development has achieved, and the programme's totals.
struct LinkageOverview: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.programme(.linkages), use: page)
    }

    static func rows(_ db: any Database) async throws -> [(NetworkModel, LinkageFigures)] {
        let networks = try await NetworkModel.query(on: db).filter(\.$networkKind == .vertical).sort(\.$name).all()
        let figures = try await LinkageFigures.load(networks, on: db)
        return networks.map { ($0, figures[$0.id!] ?? LinkageFigures()) }
    }

    @Sendable func page(req: Request) async throws -> HTML {
        let rows = try await Self.rows(req.db).map { n, f in
            LinkageSummary.Row(networkId: n.id!, name: n.name, phase: VerticalPhase(rawValue: n.phase)?.label ?? .verbatim(n.phase), figures: f)
        }
        return Layout.page(L("Supplier development"), req, body: LinkageSummaryView.page(LinkageSummary(rows: rows)))
    }
}
