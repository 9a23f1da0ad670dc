import ClusterworksDomain
import Foundation

/// A horizontal network's page at a glance, drawn from its standing. Pure: no database, no request.
enum NetworkView {
    static func render(_ n: NetworkStanding) -> HTML {
        let at = RecordAddress(.networks, n.id)
        let steps = StepTrack.items(NetworkPhase.allCases.map(\.label), current: n.phase.order)
        let projects = n.projects.map { p -> HTML in
            "<li><a href=\"\(at.part(.jointProjects, p.id))\">\(p.title)</a> — \(p.scale), \(p.status)</li>"
        }
        let relations = n.relations.map { r -> HTML in
            "<li>\(r.type) <a href=\"\(SitePath.record(.actors, .id(r.actorId)))\">\(r.actor)</a>\(r.since.map { " " + L("(since \(date: $0))").said } ?? "")</li>"
        }
        let radar: HTML = n.latest.map { NETView.radar($0, targets: n.targets) } ?? "<p>\(L("No NET assessment yet."))</p>"
        let dissolved: HTML = n.dissolvedOn.map { "<p class=\"notice\">\(L("Dissolved on \(date: $0)."))</p>" } ?? .empty
        return """
        \(NetworkNav.header(id: n.id, name: n.name, vertical: false, current: "", crumbs: false))\(dissolved)
        <div class="dashboard">
        <section aria-labelledby="ph-h"><h2 id="ph-h">\(L("Phase"))</h2><ol class="stages">\(steps)</ol><p><a href="\(at.parts(.phase))">\(L("Phase decisions"))</a></p></section>
        <section class="wide" aria-labelledby="mem-h"><h2 id="mem-h">\(L("Members over time"))</h2>\(MembershipChart.render(n.members))</section>
        <section class="wide" aria-labelledby="net-h"><h2 id="net-h">\(L("NET"))</h2>\(radar)
        \(n.atOrAboveTarget.map { "<p>\(L("\($0) of 7 indicators at or above target."))</p>" as HTML } ?? .empty)<p><a href="\(at.parts(.net))">\(L("Assessments"))</a></p></section>
        <section aria-labelledby="jp-h"><h2 id="jp-h">\(L("Joint projects"))</h2>\(projects.isEmpty ? ("<p>\(L("None yet."))</p>" as HTML) : "<ul>\(projects)</ul>")
        <p><a href="\(at.parts(.jointProjects))">\(L("Joint projects"))</a></p></section>
        <section aria-labelledby="rel-h"><h2 id="rel-h">\(L("Beyond the network"))</h2>\(relations.isEmpty ? ("<p>\(L("None recorded."))</p>" as HTML) : "<ul>\(relations)</ul>")
        <p>\(L("Legal form: \(n.legalForm ?? L("not recorded"))."))</p></section>
        </div>
        <h2>\(L("Record"))</h2>
        """
    }
}
