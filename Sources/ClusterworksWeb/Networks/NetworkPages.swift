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
        let at = RecordAddress(.networks, try network.requireID())
        let evaluations = try await LinkageParts.readable(network, req)
        let track = try await PhaseTrack.load(network, withNext: false, today: req.today, on: req.db)
        let steps = StepTrack.items(track.phases.map(\.label), current: track.current)
        return """
        \(NetworkNav.header(network, current: "", crumbs: false))
        <section aria-labelledby="vph-h"><h2 id="vph-h">\(L("Phase"))</h2><ol class="stages">\(steps)</ol><p><a href="\(at.parts(.phase))">\(L("Phase decisions"))</a></p></section>
        <section aria-labelledby="sd-h"><h2 id="sd-h">\(L("Supplier development"))</h2>\(try await SupplierPages.programmeFigures(network, req))
        \(try await SupplierPages.evaluationsSummary(network, evaluations, req))
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
        let form: HTML = try await PartService(registry: NetworkParts.jointProjects).mayEdit(network, req)
            ? try await pages.addForm(network, req, errors: .init(), raw: nil, prefill: ["jointProjectId": id.lowercasedText], hidden: ["jointProjectId"]) : .empty
        return """
        <section><h2>\(L("Budget of this project"))</h2>\(PlanPages.costTable(CostSharing(items.compactMap(\.share)), currency: "USD"))
        \(try await pages.table(network, items, req))\(form)</section>
        """
    }
}
