import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The map of linkages: the map at a chosen earlier date beside the latest one, what changed
/// between them, and the ties as a table (below, from the generic part list).
enum LinkagePages {
    static func maps(_ ties: [LinkageModel], on db: any Database) async throws -> (records: [LinkageMap.Tie], nodes: [UUID: LinkageGraph.Node]) {
        let records = ties.compactMap(\.tie)
        let ids = Array(Set(records.flatMap { [$0.from, $0.to] }))
        let actors = ids.isEmpty ? [] : try await ActorModel.query(on: db).filter(\.$id ~~ ids).all()
        let nodes = Dictionary(uniqueKeysWithValues: actors.compactMap { a in
            a.id.map { ($0, LinkageGraph.Node(id: $0, name: a.acronym ?? a.name, isInstitution: a.actorKind == .institution)) }
        })
        return (records, nodes)
    }

    static let before = QueryParameter.date("before", "Compare the map as it stood on this date with today")

    static func intro(_ cluster: ClusterModel, _ ties: [LinkageModel], _ req: Request) async throws -> HTML {
        let (records, nodes) = try await maps(ties, on: req.db)
        return LinkageMapView.intro(LinkageMapSheet(
            clusterId: try cluster.requireID(), mayImport: try await PartService(registry: ClusterParts.linkages).mayEdit(cluster, req),
            records: records, nodes: nodes, asked: try req.query(Self.before).flatMap(CalendarDate.init)))
    }
}

/// A cluster's ties as recorded over time, the names of their actors, and the earlier date asked for.
struct LinkageMapSheet: Sendable {
    let clusterId: UUID
    let mayImport: Bool
    let records: [LinkageMap.Tie]
    let nodes: [UUID: LinkageGraph.Node]
    let asked: CalendarDate?
}

/// The map at a chosen earlier date beside the latest one, and what changed between them. Pure.
enum LinkageMapView {
    static func intro(_ s: LinkageMapSheet) -> HTML {
        let w = Wording.current
        let importLink: HTML = s.mayImport ? "<p><a href=\"\(SitePath.cluster(.id(s.clusterId), .importTies))\">\(L("Import many ties from a CSV file"))</a></p>" : .empty
        let dates = LinkageMap.recordingDates(s.records)
        guard let first = dates.first else { return "<p>\(L("No ties recorded yet. Add the ties the diagnostic found below."))</p>\(importLink)" }
        let chosen = s.asked ?? first
        let before = LinkageMap(s.records, on: chosen), now = LinkageMap(s.records, on: nil)
        let options = dates.map { d -> HTML in "<option value=\"\(d.description)\"\(d == chosen ? HTML(raw: " selected") : .empty)>\(w.date(d.description))</option>" }
        let changeItems = now.changes(since: before).map { c -> HTML in
            "<li>\(s.nodes[c.tie.from]?.name ?? "?") — \(c.tie.type.label) — \(s.nodes[c.tie.to]?.name ?? "?"): \(c.before?.label ?? L("not recorded")) → <strong>\(c.tie.status.label)</strong> (\(w.date(c.tie.recordedOn.description)))</li>"
        }
        return """
        \(importLink)
        <form class="toolbar" method="get"><div><label for="before">\(L("Compare the map as it stood on"))</label>
        <select id="before" name="before">\(options)</select></div><div><button type="submit">\(L("Compare"))</button></div></form>
        <div class="pair">
        \(LinkageGraph.render(before, nodes: s.nodes, title: L("Ties as recorded by \(chosen)")))
        \(LinkageGraph.render(now, nodes: s.nodes, title: L("Ties now")))
        </div>
        <h2>\(L("What changed since \(chosen)"))</h2>
        \(changeItems.isEmpty ? ("<p>\(L("No tie changed."))</p>" as HTML) : "<ul>\(changeItems)</ul>")
        <h2>\(L("Every record of a tie"))</h2>
        """
    }
}
