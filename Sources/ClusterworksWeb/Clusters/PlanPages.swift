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
        let objectives = plan.objectives.split(separator: "\n").map { "<li>\(String($0))</li>" as HTML }
        return """
        <section aria-labelledby="vision-h"><h2 id="vision-h">\(L("Vision"))</h2><p>\(plan.vision)</p>
        <h3>\(L("Strategic objectives"))</h3><ul>\(objectives)</ul></section>
        \(try await detail(cluster, plan, req))
        <h2>\(L("The plan's record"))</h2>
        """
    }

    static func detail(_ cluster: ClusterModel, _ plan: ActionPlanModel, _ req: Request) async throws -> HTML {
        let clusterId = try cluster.requireID()
        let actions = try await ActionModel.owned(by: .cluster, clusterId, on: req.db).all()
        let contributions = try await ContributionModel.owned(by: .cluster, clusterId, on: req.db).all()
        let reviews = try await PlanReviewModel.owned(by: .cluster, clusterId, on: req.db).all()
        let at = RecordAddress(.clusters, clusterId)
        let objectives = plan.objectives.split(separator: "\n").map(String.init)
        var sections: [HTML] = []
        for objective in objectives + ["(no objective given)"] {
            let mine = actions.filter { ($0.objective ?? "(no objective given)") == objective }
            if mine.isEmpty && objective.hasPrefix("(") { continue }
            sections.append("<h3>\(objective)</h3>\(actionTable(mine, contributions, at))")
        }
        let reviewItems = reviews.map { "<li><a href=\"\(at.part(.reviews, $0.id!))\">\($0.title)</a></li>" as HTML }
        return """
        <section aria-labelledby="actions-h"><h2 id="actions-h">\(L("Actions by objective"))</h2>
        \(sections)<p><a href="\(at.parts(.actions))">\(L("Add or change actions"))</a></p></section>
        <section aria-labelledby="cost-h"><h2 id="cost-h">\(L("Cost sharing"))</h2>\(costTable(CostSharing(contributions.compactMap(\.share)), currency: plan.currency))
        <p><a href="\(at.parts(.contributions))">\(L("Contributions"))</a></p></section>
        <section aria-labelledby="rev-h"><h2 id="rev-h">\(L("Plan–do–check–act reviews"))</h2>
        <p>\(L("The plan is at version \(String(plan.version)); \(reviews.count) reviews so far."))</p>
        \(reviewItems.isEmpty ? .empty : "<ol>\(reviewItems)</ol>")<p><a href="\(at.parts(.reviews))">\(L("Record a review"))</a></p></section>
        """
    }

    static func actionTable(_ actions: [ActionModel], _ contributions: [ContributionModel], _ at: RecordAddress) -> HTML {
        guard !actions.isEmpty else { return "<p>\(L("No actions yet."))</p>" }
        let rows = actions.map { a -> HTML in
            let mine = CostSharing(contributions.filter { $0.actionId == a.id }.compactMap(\.share))
            return """
            <tr><td><a href="\(at.part(.actions, a.id!))">\(a.titleText)</a></td><td>\(ActionType(rawValue: a.type)?.label ?? .verbatim(a.type))</td>
            <td><span class="tag st-\(a.actionStatus.rawValue)">\(a.actionStatus.label)</span></td><td>\(a.percentComplete.map { "\($0) %" } ?? "—")</td>
            <td>\(a.startOn ?? "") – \(a.endOn ?? "")</td><td class="num">\(money(mine.pledged))</td><td class="num">\(money(mine.paid))</td></tr>
            """
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Actions"))"><table><thead><tr><th scope="col">\(L("Action"))</th><th scope="col">\(L("Type"))</th><th scope="col">\(L("Status"))</th><th scope="col">\(L("Progress"))</th>
        <th scope="col">\(L("Dates"))</th><th scope="col">\(L("Pledged"))</th><th scope="col">\(L("Paid"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
        """
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
        let form: HTML = try await PartService(registry: ClusterParts.actions).mayEdit(cluster, req)
            ? try await pages.addForm(cluster, req, errors: .init(), raw: nil, prefill: ["actionId": id.lowercasedText], hidden: ["actionId"]) : .empty
        return "<section><h2>\(L("Budget of this action"))</h2>\(try await pages.table(cluster, items, req))\(form)</section>"
    }
}
