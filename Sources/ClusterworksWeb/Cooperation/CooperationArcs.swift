import ClusterworksDomain
import ClusterworksWorkflows
import Foundation
import Vapor

/// Cooperation between clusters on the portfolio map: an arc from cluster to cluster for each
/// agreement under which something was done, shown or hidden by a checkbox (no script), and the
/// same links as a table for screen readers.
enum CooperationArcs {
    /// Links that can be drawn: something done, both clusters placed.
    static func drawable(_ links: [CooperationLink]) -> [(CooperationLink, (Int, Int), (Int, Int))] {
        links.compactMap { l in
            guard l.activities > 0, let lat1 = l.from.latitude, let lon1 = l.from.longitude, let lat2 = l.to.latitude, let lon2 = l.to.longitude else { return nil }
            return (l, WorldAtlas.project(lon1, lat1), WorldAtlas.project(lon2, lat2))
        }
    }

    static func toggle(_ links: [CooperationLink]) -> HTML {
        guard !drawable(links).isEmpty else { return .empty }
        return "<p class=\"arc-switch\"><input type=\"checkbox\" id=\"show-arcs\" class=\"arc-toggle\" checked> <label for=\"show-arcs\">\(L("Show cooperation between clusters on the map"))</label></p>"
    }

    static func draw(_ links: [CooperationLink]) -> HTML {
        let arcs = drawable(links).map { l, a, b -> HTML in
            // The curve bows to the left of its direction by a quarter of its length, so arcs between near clusters stay visible.
            let dx = Double(b.0 - a.0), dy = Double(b.1 - a.1)
            let cx = Double(a.0 + b.0) / 2 + dy * 0.25, cy = Double(a.1 + b.1) / 2 - dx * 0.25
            let title = L("\(l.from.name) – \(l.to.name): \(l.activities) activities")
            return """
            <g class="coop-arc" data-agreement="\(l.agreementId.lowercasedText)"><title>\(title)</title>
            <path d="M\(a.0) \(a.1)Q\(Int(cx.rounded())) \(Int(cy.rounded())) \(b.0) \(b.1)"/><circle cx="\(a.0)" cy="\(a.1)" r="3"/><circle cx="\(b.0)" cy="\(b.1)" r="3"/></g>
            """
        }
        return arcs.isEmpty ? .empty : "<g class=\"coop-arcs\">\(HTML.join(arcs))</g>"
    }

    static func table(_ links: [CooperationLink], names: [String: String]) -> HTML {
        guard !links.isEmpty else { return .empty }
        let rows = links.map { l -> HTML in
            func end(_ e: CooperationLink.End) -> HTML {
                "<a href=\"\(SitePath.record(.clusters, .id(e.id)))\">\(e.name)</a> (\(names[e.country] ?? e.country))"
            }
            return "<tr><th scope=\"row\"><a href=\"\(SitePath.record(.cooperation, .id(l.agreementId)))\" translate=\"no\">\(l.title)</a></th><td>\(end(l.from))</td><td>\(end(l.to))</td><td class=\"num\">\(l.activities)</td><td>\(l.firstActivity.map { L("\(date: $0) to \(date: l.lastActivity ?? $0)") } ?? .verbatim("—"))</td></tr>"
        }
        return """
        <h2 id="cooperation-h">\(L("Cooperation between clusters"))</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="cooperation-h"><table><thead><tr><th scope="col">\(L("Agreement"))</th><th scope="col">\(L("Cluster"))</th><th scope="col">\(L("Partner"))</th><th scope="col">\(L("Activities"))</th><th scope="col">\(L("Activities between"))</th></tr></thead>
        <tbody>\(HTML.join(rows))</tbody></table></div>
        <p><a href="\(SitePath.list(.cooperation))">\(L("All agreements"))</a> · <a href="\(SitePath.download(.cooperationActivities))">\(L("Activities (CSV)"))</a></p>
        """
    }
}
