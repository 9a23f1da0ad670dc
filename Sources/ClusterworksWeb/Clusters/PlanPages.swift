import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The action plan's page beyond its fields: objectives with their actions and progress, the
/// budget shared among funders, and the reviews that versioned it.
enum PlanPages {
    /// The plan on the cluster's "Action plan" page: vision and objectives, then the same sections as its own page.
    static func summary(_ cluster: ClusterModel, _ plan: ActionPlanModel, _ req: Request) async throws -> HTML {
        PlanView.summary(try await ActionPlanSheet.load(cluster, plan, on: req.db))
    }

    static func detail(_ cluster: ClusterModel, _ plan: ActionPlanModel, _ req: Request) async throws -> HTML {
        PlanView.detail(try await ActionPlanSheet.load(cluster, plan, on: req.db))
    }

    /// Money and shares in the reader's locale (one way of writing each, in `Wording`).
    static func money(_ v: Double) -> String { Wording.current.money(v) }

    static func percent(_ v: Double?) -> String { v.map { Wording.current.percent($0) } ?? "—" }

    /// Pledged and paid by kind of funder, with a bar of the pledged shares.
    static func costTable(_ c: CostSharing, currency: String) -> HTML {
        guard c.pledged > 0 else { return "<p>\(L("No contributions pledged yet."))</p>" }
        var x = 0.0
        let segments = c.lines.map { l -> HTML in
            defer { x += l.pledgedShare * 400 }
            return "<rect class=\"fk-\(l.kind.rawValue)\" x=\"\(String(format: "%.1f", x))\" y=\"0\" width=\"\(String(format: "%.1f", l.pledgedShare * 400))\" height=\"18\"><title>\(L("\(l.kind.label): \(percent(l.pledgedShare)) of pledges"))</title></rect>"
        }
        let rows = c.lines.map { l -> HTML in
            "<tr><th scope=\"row\"><span class=\"key fk-\(l.kind.rawValue)\"></span> \(l.kind.label)</th><td class=\"num\">\(money(l.pledged))</td><td class=\"num\">\(percent(l.pledgedShare))</td><td class=\"num\">\(money(l.paid))</td><td class=\"num\">\(percent(l.paidShare))</td></tr>"
        }
        return """
        <svg class="sharebar" viewBox="0 0 400 18" role="img" aria-label="\(L("Shares of pledges by kind of funder"))">\(segments)</svg>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Shares of pledges by kind of funder"))"><table class="costs"><thead><tr><th scope="col">\(L("Funder"))</th><th scope="col">\(L("Pledged (\(currency))"))</th><th scope="col">\(L("Share"))</th><th scope="col">\(L("Paid (\(currency))"))</th><th scope="col">\(L("Share"))</th></tr></thead>
        <tbody>\(rows)</tbody><tfoot><tr><th scope="row">\(L("Total"))</th><td class="num">\(money(c.pledged))</td><td></td><td class="num">\(money(c.paid))</td><td></td></tr></tfoot></table></div>
        <p>\(L("Pledges honoured:")) <strong>\(percent(c.honoured))</strong>.</p>
        """
    }

    static func costSharing(_ cluster: ClusterModel, _ items: [ContributionModel], _ req: Request) async throws -> HTML {
        let currency = try await ActionPlanModel.owned(by: .cluster, try cluster.requireID(), on: req.db).first()?.currency ?? "USD"
        return costTable(CostSharing(items.compactMap(\.share)), currency: currency)
    }

    /// An action's contributions with a form to add one.
    static func contributions(_ cluster: ClusterModel, _ action: ActionModel, _ req: Request) async throws -> HTML {
        let id = try action.requireID()
        let items = try await ContributionModel.query(on: req.db).filter(\.$actionId == id).sort(\.$pledgedOn).all()
        let pages = PartPages(registry: ClusterParts.contributions)
        let form = try await PartService(registry: ClusterParts.actions).mayEdit(cluster, req)
            ? try await pages.addFormSheet(cluster, req, errors: .init(), raw: nil, prefill: ["actionId": id.lowercasedText], hidden: ["actionId"]) : nil
        return PlanView.budget(L("Budget of this action"), try await pages.tableSheet(cluster, items, req), form: form)
    }
}
