import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Foundation

/// A cluster's action plan as its pages show it: the vision, the actions grouped by objective with
/// their budget, the cost shared among funders, and the reviews that versioned it.
struct ActionPlanSheet: Sendable {
    struct Action: Sendable {
        let id: UUID
        let objective: String?
        let title: String
        let type: Phrase
        let status: ActionStatus
        let percent: Int?
        let startOn: String?
        let endOn: String?
        let cost: CostSharing
    }

    let clusterId: UUID
    let vision: String
    let objectives: [String]
    /// Each objective with its actions, then actions without one (only when there are such).
    let groups: [(objective: Phrase, actions: [Action])]
    let cost: CostSharing
    let currency: String
    let version: Int
    let reviews: [(id: UUID, title: Phrase)]

    static func load(_ cluster: ClusterModel, _ plan: ActionPlanModel, on db: any Database) async throws -> ActionPlanSheet {
        let clusterId = try cluster.requireID()
        let actions = try await ActionModel.owned(by: .cluster, clusterId, on: db).all()
        let contributions = try await ContributionModel.owned(by: .cluster, clusterId, on: db).all()
        let reviews = try await PlanReviewModel.owned(by: .cluster, clusterId, on: db).all()
        let objectives = plan.objectives.split(separator: "\n").map(String.init)
        let lines = actions.map { a in
            Action(id: a.id!, objective: a.objective, title: a.titleText, type: ActionType(rawValue: a.type)?.label ?? .verbatim(a.type), status: a.actionStatus,
                   percent: a.percentComplete, startOn: a.startOn, endOn: a.endOn,
                   cost: CostSharing(contributions.filter { $0.actionId == a.id }.compactMap(\.share)))
        }
        var groups = objectives.map { o in (objective: Phrase.verbatim(o), actions: lines.filter { $0.objective == o }) }
        let loose = lines.filter { a in a.objective.map { !objectives.contains($0) } ?? true }
        if !loose.isEmpty { groups.append((L("Actions outside the plan's objectives"), loose)) }
        return ActionPlanSheet(clusterId: clusterId, vision: plan.vision, objectives: objectives, groups: groups,
                               cost: CostSharing(contributions.compactMap(\.share)), currency: plan.currency, version: plan.version,
                               reviews: reviews.map { ($0.id!, $0.title) })
    }
}

/// The action plan's sections. Pure.
enum PlanView {
    static func summary(_ p: ActionPlanSheet) -> HTML {
        """
        <section aria-labelledby="vision-h"><h2 id="vision-h">\(L("Vision"))</h2><p>\(p.vision)</p>
        <h3>\(L("Strategic objectives"))</h3><ul>\(p.objectives.map { "<li>\($0)</li>" as HTML })</ul></section>
        \(detail(p))
        <h2>\(L("The plan's record"))</h2>
        """
    }

    static func detail(_ p: ActionPlanSheet) -> HTML {
        let at = RecordAddress(.clusters, p.clusterId)
        let sections = p.groups.map { "<h3>\($0.objective)</h3>\(actionTable($0.actions, at))" as HTML }
        let reviewItems = p.reviews.map { "<li><a href=\"\(at.part(.reviews, $0.id))\">\($0.title)</a></li>" as HTML }
        return """
        <section aria-labelledby="actions-h"><h2 id="actions-h">\(L("Actions by objective"))</h2>
        \(sections)<p><a href="\(at.parts(.actions))">\(L("Add or change actions"))</a></p></section>
        <section aria-labelledby="cost-h"><h2 id="cost-h">\(L("Cost sharing"))</h2>\(PlanPages.costTable(p.cost, currency: p.currency))
        <p><a href="\(at.parts(.contributions))">\(L("Contributions"))</a></p></section>
        <section aria-labelledby="rev-h"><h2 id="rev-h">\(L("Plan–do–check–act reviews"))</h2>
        <p>\(L("The plan is at version \(String(p.version)); \(p.reviews.count) reviews so far."))</p>
        \(reviewItems.isEmpty ? .empty : "<ol>\(reviewItems)</ol>")<p><a href="\(at.parts(.reviews))">\(L("Record a review"))</a></p></section>
        """
    }

    static func actionTable(_ actions: [ActionPlanSheet.Action], _ at: RecordAddress) -> HTML {
        guard !actions.isEmpty else { return "<p>\(L("No actions yet."))</p>" }
        let w = Wording.current
        let rows = actions.map { a -> HTML in
            """
            <tr><td><a href="\(at.part(.actions, a.id))">\(a.title)</a></td><td>\(a.type)</td>
            <td><span class="tag st-\(a.status.rawValue)">\(a.status.label)</span></td><td>\(a.percent.map { w.percent(Double($0) / 100) } ?? "—")</td>
            <td>\(a.startOn.map(w.date) ?? "") – \(a.endOn.map(w.date) ?? "")</td><td class="num">\(w.money(a.cost.pledged))</td><td class="num">\(w.money(a.cost.paid))</td></tr>
            """
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Actions"))"><table><thead><tr><th scope="col">\(L("Action"))</th><th scope="col">\(L("Type"))</th><th scope="col">\(L("Status"))</th><th scope="col">\(L("Progress"))</th>
        <th scope="col">\(L("Dates"))</th><th scope="col">\(L("Pledged"))</th><th scope="col">\(L("Paid"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
        """
    }

    /// An action's or a joint project's contributions (with their cost sharing, when given) and the form to add one for who may.
    static func budget(_ title: Phrase, cost: (CostSharing, currency: String)? = nil, _ table: PartTable, form: PartForm?) -> HTML {
        """
        <section><h2>\(title)</h2>\(cost.map { PlanPages.costTable($0.0, currency: $0.currency) } ?? .empty)
        \(PartView.table(table))\(form.map(PartView.addForm) ?? .empty)</section>
        """
    }
}
