import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The handover at a glance: who takes over, how ready they are, and how the broker's cost moves
/// from the project to the institution.
enum HandoverPages {
    static func intro(_ cluster: ClusterModel, _ req: Request) async throws -> HTML {
        let id = try cluster.requireID(), at = RecordAddress(.clusters, id)
        let items = try await ReadinessItemModel.owned(by: .cluster, id, on: req.db).all()
        let steps = try await BrokerCostStepModel.owned(by: .cluster, id, on: req.db).all()
        let schedule = BrokerCostSchedule(steps.compactMap(\.step))
        let today = req.today
        let checklist = items.map { i -> HTML in
            "<li><a href=\"\(at.part(.readiness, i.id!))\">\(i.item)</a> — \(i.met ? L("met on \(date: i.metOn ?? "?")") : L("not yet met"))</li>"
        }
        let rows = schedule.steps.map { s -> HTML in
            "<tr><td>\(s.from.description)</td><td class=\"num\">\(FieldValue.decimal(s.projectShare).display) %</td><td class=\"num\">\(FieldValue.decimal(s.institutionShare).display) %</td></tr>"
        }
        let current = schedule.step(on: today)
        return """
        <section aria-labelledby="ready-h"><h2 id="ready-h">\(L("Readiness: \(items.filter(\.met).count) of \(items.count) conditions met"))</h2>
        \(checklist.isEmpty ? ("<p>\(L("No readiness conditions yet."))</p>" as HTML) : "<ul class=\"checklist\">\(checklist)</ul>")
        <p><a href="\(at.parts(.readiness))">\(L("Add or tick conditions"))</a></p></section>
        <section aria-labelledby="sched-h"><h2 id="sched-h">\(L("Who pays the field broker"))</h2>
        \(current.map { "<p>\(L("Today the project pays \(FieldValue.decimal($0.projectShare).display) % and the institution \(FieldValue.decimal($0.institutionShare).display) %."))</p>" as HTML } ?? "<p>\(L("The schedule has not begun."))</p>")
        \(schedule.fullTakeover.map { "<p>\(L("The institution pays everything from \($0.description)."))</p>" as HTML } ?? .empty)
        \(rows.isEmpty ? .empty : "<table><thead><tr><th scope=\"col\">\(L("From"))</th><th scope=\"col\">\(L("Project"))</th><th scope=\"col\">\(L("Institution"))</th></tr></thead><tbody>\(rows)</tbody></table>")
        <p><a href="\(at.parts(.brokerCost))">\(L("Change the schedule"))</a></p></section>
        <h2>\(L("Handover plan"))</h2>
        """
    }
}
