import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksWorkflows
import Foundation
import Vapor

/// A map of linkages as an SVG graph: actors on a circle (enterprises on one side, institutions on
/// the other), ties as lines styled by status — solid existing, dashed to strengthen, dotted missing.
enum LinkageGraph {
    struct Node: Sendable { let id: UUID; let name: String; let isInstitution: Bool }

    static func render(_ map: LinkageMap, nodes: [UUID: Node], title: Phrase, size: Double = 420) -> HTML {
        guard !map.ties.isEmpty else { return "<p>\(map.on.map { L("No ties recorded by \($0).") } ?? L("No ties recorded."))</p>" }
        let ids = map.actors.sorted { a, b in
            let (na, nb) = (nodes[a], nodes[b])
            return ((na?.isInstitution ?? false) ? 1 : 0, na?.name ?? "") < ((nb?.isInstitution ?? false) ? 1 : 0, nb?.name ?? "")
        }
        // Wider than tall, so names beside the circle have room.
        let width = size * 1.6, c = width / 2, cy = size / 2, r = size / 2 - 40
        var pos: [UUID: (Double, Double)] = [:]
        for (i, id) in ids.enumerated() {
            let angle = Double(i) / Double(ids.count) * 2 * .pi - .pi / 2
            pos[id] = (c + r * cos(angle), cy + r * sin(angle))
        }
        let lines = map.ties.compactMap { t -> HTML? in
            guard let a = pos[t.from], let b = pos[t.to] else { return nil }
            let label = "\(nodes[t.from]?.name ?? "?") — \(t.type.label) — \(nodes[t.to]?.name ?? "?"): \(t.status.label)"
            return "<line class=\"tie \(t.status.rawValue)\(t.type == .inConflictWith ? " conflict" : "")\" x1=\"\(f(a.0))\" y1=\"\(f(a.1))\" x2=\"\(f(b.0))\" y2=\"\(f(b.1))\"><title>\(label)</title></line>"
        }
        let dots = ids.map { id -> HTML in
            let (x, y) = pos[id]!
            let n = nodes[id]
            return "<circle class=\"node\((n?.isInstitution ?? false) ? " institution" : "")\" cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"6\"><title>\(n?.name ?? "?")</title></circle>"
        }
        // Names beside their circles where they fit inside the frame and clear of each other; the ties' table names everyone.
        let placed = DrawingLayout.place(names: ids.map { Self.short(nodes[$0]?.name ?? "?") }, positions: ids.map { (pos[$0]!.0, pos[$0]!.1) },
                                         radii: ids.map { _ in 6 }, width: width, height: size, fontSize: 13)
        let names = placed.compactMap { $0 }.map { l -> HTML in
            "<text x=\"\(f(l.x))\" y=\"\(f(l.y))\"\(l.leftward ? HTML(raw: " text-anchor=\"end\"") : .empty)>\(l.text)</text>"
        }
        return """
        <figure class="graph"><svg viewBox="0 0 \(Int(width)) \(Int(size))" role="img" aria-label="\(title)">
        \(lines)\(dots)\(names)</svg>
        <figcaption>\(L("\(title): \(map.count(.existing)) existing, \(map.count(.toStrengthen)) to strengthen, \(map.count(.missing)) missing, \(map.conflicts) in conflict."))
        <span class="key tie-existing"></span> \(L("existing")) <span class="key tie-to_strengthen"></span> \(L("to strengthen")) <span class="key tie-missing"></span> \(L("missing")) <span class="key tie-conflict"></span> \(L("in conflict; light circles are enterprises, dark circles institutions."))</figcaption></figure>
        """
    }

    /// A label that fits beside the circle; the full name is in the node's title.
    static func short(_ name: String) -> String {
        let plain = name.replacingOccurrences(of: " (illustrative)", with: "").replacingOccurrences(of: " (illustrative name)", with: "")
        return plain.count <= 30 ? plain : String(plain.prefix(29)) + "…"
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
