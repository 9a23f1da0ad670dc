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
        let rows = try await Self.rows(req.db)
        let body = rows.map { n, f -> HTML in
            """
            <tr><th scope="row"><a href="\(SitePath.record(.networks, .id(n.id!)))">\(n.name)</a></th><td>\(VerticalPhase(rawValue: n.phase)?.label ?? .verbatim(n.phase))</td>
            <td class="num">\(f.evaluated)</td><td class="num">\(f.improved)</td><td class="num">\(f.contracted)</td><td class="num">\(PlanPages.money(f.contractValue))</td>
            <td class="num">\(PlanPages.money(f.loans))</td><td class="num">\(f.localShareBefore.map { Wording.current.percent($0 / 100) } ?? "—") → \(f.localShareNow.map { Wording.current.percent($0 / 100) } ?? "—")</td></tr>
            """
        }
        let total = rows.map(\.1).reduce(into: LinkageFigures()) { t, f in
            t.evaluated += f.evaluated; t.improved += f.improved; t.contracted += f.contracted; t.contractValue += f.contractValue; t.loans += f.loans
        }
        return Layout.page(L("Supplier development"), req, body: """
        <h1>\(L("Supplier development across the programme"))</h1>
        <p>\(L("\(total.evaluated) suppliers evaluated, \(total.improved) improved on re-evaluation, \(total.contracted) contracted for \(PlanPages.money(total.contractValue)) USD; \(PlanPages.money(total.loans)) USD in loans obtained on the strength of the tie."))</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Vertical networks"))"><table><thead><tr><th scope="col">\(L("Client and suppliers"))</th><th scope="col">\(L("Phase"))</th>
        <th scope="col">\(L("Evaluated"))</th><th scope="col">\(L("Improved"))</th><th scope="col">\(L("Contracted"))</th><th scope="col">\(L("Contracts (USD)"))</th><th scope="col">\(L("Loans (USD)"))</th><th scope="col">\(L("Clients' local purchases"))</th></tr></thead>
        <tbody>\(body)</tbody></table></div>
        """)
    }
}
