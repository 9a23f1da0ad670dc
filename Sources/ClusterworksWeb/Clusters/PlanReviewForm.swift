import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// The review form as loaded: the plan's version and each action with the progress to check,
/// filled from the actions or from what was just sent back.
struct PlanReviewForm: Sendable {
    struct Action: Sendable {
        let id: UUID
        let title: String
        /// The status, percent and note the form shows.
        let status: String
        let percent: String
        let note: String
    }

    let clusterId: UUID
    /// Nil when the cluster has no plan yet: there is nothing to review.
    let planVersion: Int?
    let actions: [Action]
    let form: FilledForm

    /// Nil when the reader may not record a review.
    static func load(_ cluster: ClusterModel, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> PlanReviewForm? {
        guard try await PartService(registry: ClusterParts.reviews).mayEdit(cluster, req) else { return nil }
        let clusterId = try cluster.requireID()
        let plan = try await ActionPlanModel.owned(by: .cluster, clusterId, on: req.db).first()
        let actions = plan == nil ? [] : try await ActionModel.owned(by: .cluster, clusterId, on: req.db).all()
        return PlanReviewForm(
            clusterId: clusterId, planVersion: plan?.version,
            actions: actions.map { a in
                let key = "progress.\(a.id!.lowercasedText)"
                func given(_ f: String) -> String { if case .text(let s)? = raw?["\(key).\(f)"] { s } else { "" } }
                return Action(id: a.id!, title: a.titleText, status: raw == nil ? a.actionStatus.rawValue : given("status"),
                              percent: raw == nil ? a.percentComplete.map(String.init) ?? "" : given("percent"), note: given("note"))
            },
            form: try await FilledForm.load(PlanReviewSchema.schema, raw: raw, errors: errors, req))
    }

    /// The form: the review's fields, then a row per action (status, percent, note). Pure.
    static func render(_ f: PlanReviewForm) -> HTML {
        guard let version = f.planVersion else { return "<p>\(L("Record the vision and action plan first; reviews check its progress."))</p>" }
        let rows = f.actions.map { a -> HTML in
            let key = "progress.\(a.id.lowercasedText)"
            let options = ActionStatus.allCases.map { s -> HTML in "<option value=\"\(s.rawValue)\"\(s.rawValue == a.status ? HTML(raw: " selected") : .empty)>\(s.label)</option>" }
            let messages = f.form.errors.phrases(for: PlanReviewRules.progressKey(a.id))
            return """
            <tr><th scope="row">\(a.title)</th>
            <td><label class="sr-only" for="\(key).status">\(HTML.sentence(L("Status of \(a.title)"), wrap: [0: HTML.data]))</label><select id="\(key).status" name="\(key).status"><option value="">\(L("— not reviewed —"))</option>\(options)</select></td>
            <td><label class="sr-only" for="\(key).percent">\(HTML.sentence(L("Progress of \(a.title) (%)"), wrap: [0: HTML.data]))</label><input id="\(key).percent" name="\(key).percent" type="number" min="0" max="100" step="1" value="\(a.percent)"></td>
            <td><label class="sr-only" for="\(key).note">\(HTML.sentence(L("Note on \(a.title)"), wrap: [0: HTML.data]))</label><input id="\(key).note" name="\(key).note" type="text" value="\(a.note)">
            \(messages.isEmpty ? .empty : "<p class=\"field-error\">\(Phrase.list(messages)).</p>")</td></tr>
            """
        }
        return """
        <section aria-labelledby="review-h"><h2 id="review-h">\(L("Record a review of version \(version)"))</h2>
        \(f.form.notice)
        <form class="stack" method="post" action="\(SitePath.cluster(.id(f.clusterId), .reviews))" novalidate>
        \(f.form.fields)
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Progress per action"))"><table><caption>\(L("Progress per action (check)"))</caption><thead><tr><th scope="col">\(L("Action"))</th><th scope="col">\(L("Status"))</th><th scope="col">\(L("Progress (%)"))</th><th scope="col">\(L("Note"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        <div><button type="submit">\(L("Record review"))</button></div></form></section>
        """
    }
}
