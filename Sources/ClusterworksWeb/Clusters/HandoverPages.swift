import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The handover at a glance: who takes over, how ready they are, and how the broker's cost moves
/// from the project to the institution.
enum HandoverPages {
    static func intro(_ cluster: ClusterModel, _ req: Request) async throws -> HTML {
        let id = try cluster.requireID()
        let items = try await ReadinessItemModel.owned(by: .cluster, id, on: req.db).all()
        let steps = try await BrokerCostStepModel.owned(by: .cluster, id, on: req.db).all()
        return HandoverView.intro(HandoverSheet(
            clusterId: id, readiness: items.map { .init(id: $0.id!, item: $0.item, metOn: $0.met ? ($0.metOn ?? "?") : nil) },
            schedule: BrokerCostSchedule(steps.compactMap(\.step)), today: req.today))
    }
}

/// A cluster's handover as read: the readiness conditions and the schedule of the broker's cost.
struct HandoverSheet: Sendable {
    struct Condition: Sendable {
        let id: UUID
        let item: String
        /// When it was met; nil while it is not.
        let metOn: String?
    }

    let clusterId: UUID
    let readiness: [Condition]
    let schedule: BrokerCostSchedule
    let today: CalendarDate
}

/// The handover page above its plan: readiness, and who pays the field broker when. Pure.
enum HandoverView {
    static func intro(_ h: HandoverSheet) -> HTML {
        let at = RecordAddress(.clusters, h.clusterId), w = Wording.current
        let share = { (v: Double) in w.percent(v / 100, digits: 1) }
        let checklist = h.readiness.map { i -> HTML in
            "<li><a href=\"\(at.part(.readiness, i.id))\">\(i.item)</a> — \(i.metOn.map { L("met on \(date: $0)") } ?? L("not yet met"))</li>"
        }
        let rows = h.schedule.steps.map { s -> HTML in
            "<tr><td>\(w.date(s.from.description))</td><td class=\"num\">\(share(s.projectShare))</td><td class=\"num\">\(share(s.institutionShare))</td></tr>"
        }
        let met = h.readiness.filter { $0.metOn != nil }.count
        return """
        <section aria-labelledby="ready-h"><h2 id="ready-h">\(L("Readiness: \(met) of \(h.readiness.count) conditions met"))</h2>
        \(checklist.isEmpty ? ("<p>\(L("No readiness conditions yet."))</p>" as HTML) : "<ul class=\"checklist\">\(checklist)</ul>")
        <p><a href="\(at.parts(.readiness))">\(L("Add or tick conditions"))</a></p></section>
        <section aria-labelledby="sched-h"><h2 id="sched-h">\(L("Who pays the field broker"))</h2>
        \(h.schedule.step(on: h.today).map { "<p>\(L("Today the project pays \(share($0.projectShare)) and the institution \(share($0.institutionShare))."))</p>" as HTML } ?? "<p>\(L("The schedule has not begun."))</p>")
        \(h.schedule.fullTakeover.map { "<p>\(L("The institution pays everything from \($0)."))</p>" as HTML } ?? .empty)
        \(rows.isEmpty ? .empty : "<table><thead><tr><th scope=\"col\">\(L("From"))</th><th scope=\"col\">\(L("Project"))</th><th scope=\"col\">\(L("Institution"))</th></tr></thead><tbody>\(rows)</tbody></table>")
        <p><a href="\(at.parts(.brokerCost))">\(L("Change the schedule"))</a></p></section>
        <h2>\(L("Handover plan"))</h2>
        """
    }
}
