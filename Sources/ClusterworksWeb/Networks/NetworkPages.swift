import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// A network's page beyond its fields: phase, members over time, the latest NET, joint projects
/// and links beyond the network; and a joint project's budget.
enum NetworkPages {
    static func dashboard(_ network: NetworkModel, _ req: Request) async throws -> HTML {
        if network.networkKind == .vertical { return try await verticalDashboard(network, req) }
        return NetworkView.render(try await NetworkStanding.load(network, req))
    }

    /// A client and its suppliers: where supplier development stands.
    static func verticalDashboard(_ network: NetworkModel, _ req: Request) async throws -> HTML {
        let track = try await PhaseTrack.load(network, withNext: false, today: req.today, on: req.db)
        return vertical(VerticalNetworkSheet(
            networkId: try network.requireID(), name: network.name, phases: track.phases.map(\.label), current: track.current,
            figures: try await LinkageFigures.load(network, on: req.db),
            latest: try await SupplierPages.latestEvaluations(network, try await LinkageParts.readable(network, req), req)))
    }

    /// Pure.
    static func vertical(_ v: VerticalNetworkSheet) -> HTML {
        let at = RecordAddress(.networks, v.networkId)
        return """
        \(NetworkNav.header(id: v.networkId, name: v.name, vertical: true, current: "", crumbs: false))
        <section aria-labelledby="vph-h"><h2 id="vph-h">\(L("Phase"))</h2><ol class="stages">\(StepTrack.items(v.phases, current: v.current))</ol><p><a href="\(at.parts(.phase))">\(L("Phase decisions"))</a></p></section>
        <section aria-labelledby="sd-h"><h2 id="sd-h">\(L("Supplier development"))</h2>\(SupplierView.figures(v.figures))
        \(SupplierView.evaluations(v.latest))
        <p><a href="\(at.parts(.clients))">\(L("Clients' weights and needs"))</a> · <a href="\(at.parts(.evaluations))">\(L("Evaluations"))</a> ·
        <a href="\(at.parts(.improvementPlans))">\(L("Improvement plans"))</a> · <a href="\(at.parts(.partnerships))">\(L("Partnership decisions"))</a></p></section>
        <h2>\(L("Record"))</h2>
        """
    }

    /// A joint project's budget: contributions with a form to add one.
    static func contributions(_ network: NetworkModel, _ project: JointProjectModel, _ req: Request) async throws -> HTML {
        let id = try project.requireID()
        let items = try await ProjectContributionModel.query(on: req.db).filter(\.$jointProjectId == id).sort(\.$pledgedOn).all()
        let pages = PartPages(registry: NetworkParts.contributions)
        let form = try await PartService(registry: NetworkParts.jointProjects).mayEdit(network, req)
            ? try await pages.addFormSheet(network, req, errors: .init(), raw: nil, prefill: ["jointProjectId": id.lowercasedText], hidden: ["jointProjectId"]) : nil
        return PlanView.budget(L("Budget of this project"), cost: (CostSharing(items.compactMap(\.share)), "USD"),
                               try await pages.tableSheet(network, items, req), form: form)
    }
}

/// A client and its suppliers as the network's page shows them: the phases, the figures, each supplier's latest evaluation.
struct VerticalNetworkSheet: Sendable {
    let networkId: UUID
    let name: String
    let phases: [Phrase]
    let current: Int
    let figures: LinkageFigures
    /// Nil when the network is not vertical.
    let latest: [SupplierView.LatestEvaluation]?
}
