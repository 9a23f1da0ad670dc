import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Foundation
import Vapor

/// What a network analysis shows — the page's findings, drawing and tables, the CSV and the API's
/// JSON — computed together from one reading of the map, in the background, and kept.
enum NetworkAnalysisOutputs {
    struct Outputs: Sendable {
        /// The page in each language of the interface.
        let pages: [Language: String]
        let csv: String
        let json: String
    }

    /// Draws the page once per language: the measures are computed once, only the words differ.
    static func inEveryLanguage(_ draw: () -> HTML) -> [Language: String] {
        Dictionary(uniqueKeysWithValues: Language.allCases.map { l in (l, Wording.$current.withValue(Wording(language: l)) { draw().raw }) })
    }

    /// Above this many actors the drawing shows communities and the ties between them; every actor
    /// stays in the table and the CSV.
    static let drawnActors = 500

    /// The measures and drawing run on `pool`'s threads: seconds of computing on a task of the
    /// shared executor would hold back the requests queued behind it.
    static func compute(_ cluster: ClusterModel, grouping: NetworkAnalysisPages.Grouping, on db: any Database, pool: NIOThreadPool,
                        step: (String) async throws -> Void) async throws -> Outputs {
        let clusterId = try cluster.requireID()
        guard let (input, ids) = try await NetworkAnalysisPages.input(cluster, grouping: grouping, on: db) else {
            return Outputs(pages: inEveryLanguage { "<p>\(L("No ties recorded yet: the analysis reads the cluster's map of linkages."))</p>" }, csv: "id\n",
                           json: String(buffer: JSONBytes.buffer(.object([("actors", .int(0)), ("findings", .array([])), ("nodes", .array([]))]))))
        }
        try await step("measuring \(input.graph.nodeCount) actors and their ties")
        let report = try await pool.runIfActive {
            var report = NetworkReport(input)
            report.tieWord = "cooperative tie"
            return report
        }
        try await step("drawing")
        return try await pool.runIfActive {
            Outputs(pages: inEveryLanguage { html(input, ids, report, clusterId: clusterId, grouping: grouping) }, csv: report.csv, json: String(buffer: JSONBytes.buffer(json(report, ids))))
        }
    }

    /// Kinds of organisation, which group the actors outside the value chain, by their English name.
    static let kinds: [String: Phrase] = Dictionary(([L("Enterprises"), L("Institutions")] + InstitutionType.allCases.map(\.label)).map { ($0.english, $0) },
                                                     uniquingKeysWith: { a, _ in a })

    /// A group as the reader's language names it: a kind of organisation translated, a stage of the value chain as recorded.
    static func group(_ g: String?) -> String { g.map { kinds[$0]?.said ?? $0 } ?? "" }

    /// A finding whose groups are named in the reader's language.
    static func naming(_ f: Finding) -> Finding {
        guard case .bridge(let count, let names, let more, let from, let to, let direct) = f else { return f }
        return .bridge(count: count, names: names, more: more, from: group(from), to: group(to), directlyTied: direct)
    }

    static func html(_ input: NetworkInput, _ ids: [String: UUID], _ report: NetworkReport, clusterId: UUID, grouping: NetworkAnalysisPages.Grouping) -> HTML {
        let findings = report.facts.map { "<li>\(naming($0).phrase)</li>" as HTML }
        let rows = report.keyBrokers(10).map { n -> HTML in
            let link = ids[n.id].map { SitePath.record(.actors, .id($0)).href } ?? "#"
            return "<tr><th scope=\"row\"><a href=\"\(link)\">\(n.id)</a></th><td>\(group(n.group))</td><td class=\"num\">\(Wording.current.number(n.betweenness, digits: 1))</td><td class=\"num\">\(n.degree)</td><td class=\"num\">\(n.constraint.isNaN ? "—" : Wording.current.number(n.constraint))</td><td class=\"num\">\(n.liaisonCount)</td></tr>"
        }
        let page = SitePath.cluster(.id(clusterId), .networkAnalysis)
        let switcher: HTML = grouping == .stage
            ? "\(L("Groups are stages of the value chain (organisations outside it by kind).")) <a href=\"\(page.href([("groups", "kind")]))\">\(L("Group by kind of organisation"))</a>"
            : "\(L("Groups are kinds of organisation.")) <a href=\"\(page.href([("groups", "stage")]))\">\(L("Group by stage of the value chain"))</a>"
        return """
        <section aria-labelledby="find-h"><h2 id="find-h">\(L("What the ties say"))</h2><p class="hint">\(switcher)</p><ul>\(findings)</ul></section>
        \(input.graph.nodeCount > drawnActors ? Self.communityDrawing(input, report) : Self.drawing(input, report))
        <section aria-labelledby="brk-h"><h2 id="brk-h">\(L("Key brokers"))</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Key brokers"))"><table><thead><tr><th scope="col">\(L("Actor"))</th><th scope="col">\(L("Group"))</th><th scope="col">\(L("Betweenness"))</th><th scope="col">\(L("Ties"))</th><th scope="col">\(L("Constraint"))</th><th scope="col">\(L("Links between other groups"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        <p><a href="\(SitePath.cluster(.id(clusterId), .networkAnalysisCSV))">\(L("Every actor's measures as CSV"))</a></p></section>
        \(Self.communities(report))
        """
    }

    static func json(_ r: NetworkReport, _ ids: [String: UUID]) -> JSONOut {
        func number(_ d: Double) -> JSONOut { d.isFinite ? .double(d) : .null }
        let nodes = r.nodes.map { n -> JSONOut in
            .object([("name", .string(n.id)), ("actorId", ids[n.id].map { .string($0.lowercasedText) } ?? .null), ("group", n.group.map(JSONOut.string) ?? .null),
                     ("degree", .int(n.degree)), ("betweenness", number(n.betweenness)), ("closeness", number(n.closeness)), ("eigenvector", number(n.eigenvector)),
                     ("pageRank", number(n.pageRank)), ("clustering", number(n.clustering)), ("core", .int(n.core)), ("constraint", number(n.constraint)),
                     ("effectiveSize", number(n.effectiveSize)), ("component", .int(n.component)), ("community", .int(n.community)),
                     ("brokerage", .object(Brokerage.Role.allCases.map { ($0.rawValue, .int(n.brokerage[$0] ?? 0)) }))])
        }
        return .object([
            ("actors", .int(r.nodes.count)), ("ties", .int(r.edgeCount)), ("density", number(r.density)), ("components", .int(r.components)),
            ("transitivity", number(r.transitivity)), ("communities", .int(r.communities)), ("modularity", number(r.modularity)),
            ("findings", .array(r.findings.map(JSONOut.string))),
            ("bridges", .array(r.bridges.map { b in .object([("from", .string(b.groups.0)), ("to", .string(b.groups.1)),
                                                             ("brokers", .array(b.brokers.map(JSONOut.string))), ("directlyTied", .bool(b.directlyTied))]) })),
            ("nodes", .array(nodes)),
        ])
    }

    /// The Leiden communities, largest first: who deals mostly with whom, and from which groups.
    static func communities(_ report: NetworkReport) -> HTML {
        let byCommunity = Dictionary(grouping: report.nodes.filter { $0.degree > 0 }, by: \.community).values
            .filter { $0.count > 1 }.sorted { ($0.count, $1.first!.id) > ($1.count, $0.first!.id) }
        guard byCommunity.count > 1 else { return .empty }
        let items = byCommunity.prefix(10).map { members -> HTML in
            let groups = Dictionary(grouping: members, by: { $0.group.map(group) ?? "—" }).map { ($0.key, $0.value.count) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            let names = members.prefix(10).map(\.id).joined(separator: ", ") + (members.count > 10 ? ", …" : "")
            return "<li><strong>\(L("\(members.count) actors"))</strong> (\(groups.map { "\($0.0): \($0.1)" }.joined(separator: ", "))): \(names)</li>"
        }
        return """
        <section aria-labelledby="com-h"><h2 id="com-h">\(L("Communities"))</h2>
        <p class="hint">\(L("Actors tied more to each other than to the rest (Leiden; each community hangs together through its own ties). Modularity \(number: report.modularity)."))</p>
        <ol>\(items)</ol></section>
        """
    }

    /// The drawing: parts side by side, circles by kind of organisation (light enterprises, dark
    /// institutions) and sized by brokerage, names that fit beside their circle; every actor, named
    /// or not, is in the table below it.
    static func drawing(_ input: NetworkInput, _ report: NetworkReport) -> HTML {
        let g = input.graph, width = 760.0, font = 13.0
        let maxB = max(report.nodes.map(\.betweenness).max() ?? 0, 1)
        let radii = report.nodes.map { 5 + 9 * $0.betweenness / maxB }
        let layout = DrawingLayout(g, names: report.nodes.map { LinkageGraph.short($0.id) }, radii: radii, width: width, fontSize: font)
        let p = layout.positions
        var lines: [HTML] = []
        for v in 0..<g.nodeCount {
            for t in g.neighbours(v) where Int(t) > v {
                lines.append("<line x1=\"\(f(p[v].x))\" y1=\"\(f(p[v].y))\" x2=\"\(f(p[Int(t)].x))\" y2=\"\(f(p[Int(t)].y))\"/>")
            }
        }
        let dots = report.nodes.enumerated().map { i, n -> HTML in
            let kind = input.kinds[i] == ActorKind.institution.rawValue ? "node institution" : "node"
            return "<circle class=\"\(kind)\" data-kind=\"\(input.kinds[i] ?? "")\" cx=\"\(f(p[i].x))\" cy=\"\(f(p[i].y))\" r=\"\(f(radii[i]))\"><title>\(L("\(n.id): betweenness \(number: (n.betweenness * 10).rounded() / 10)"))</title></circle>"
        }
        let names = layout.labels.compactMap { $0 }.map { l -> HTML in
            "<text x=\"\(f(l.x))\" y=\"\(f(l.y))\"\(l.leftward ? HTML(raw: " text-anchor=\"end\"") : .empty)>\(l.text)</text>"
        }
        let isolated: HTML = layout.isolatedRowY.map { "<text class=\"row-title\" x=\"\(f(font))\" y=\"\(f($0))\">\(L("Without any tie:"))</text>" } ?? .empty
        let unnamed = layout.labels.filter { $0 == nil }.count
        return """
        <figure class="graph analysis"><svg viewBox="0 0 \(Int(width)) \(Int(layout.height.rounded(.up)))" role="img" aria-label="\(L("The cluster's actors laid out by their ties; larger circles broker more paths"))">
        <g class="ties">\(lines)</g>\(dots)\(names)\(isolated)</svg>
        <figcaption>\(L("Tied actors are drawn close together; separate parts stand side by side; a larger circle brokers more paths."))
        <span class="key node-key"></span> \(L("enterprise")) <span class="key node-key institution"></span> \(L("institution")) \(unnamed > 0 ? L("· \(unnamed) names left out of the drawing for room are in the table of actors.") : .verbatim("."))</figcaption></figure>
        \(actorTable(input, report))
        """
    }

    /// Every actor with its group, kind and measures: what the drawing shows, in words and numbers.
    static func actorTable(_ input: NetworkInput, _ report: NetworkReport) -> HTML {
        let rows = report.nodes.enumerated().sorted { ($0.element.betweenness, $1.element.id) > ($1.element.betweenness, $0.element.id) }.map { i, n -> HTML in
            let kind = input.kinds[i] == ActorKind.institution.rawValue ? "Institution" : "Enterprise"
            return "<tr><th scope=\"row\">\(n.id)</th><td>\(kind)</td><td>\(group(n.group))</td><td class=\"num\">\(n.degree)</td><td class=\"num\">\(Wording.current.number(n.betweenness, digits: 1))</td></tr>"
        }
        return """
        <details class="actors"><summary>\(L("All \(report.nodes.count) actors"))</summary>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("All actors"))"><table><thead><tr><th scope="col">\(L("Actor"))</th><th scope="col">\(L("Kind"))</th><th scope="col">\(L("Group"))</th><th scope="col">\(L("Ties"))</th><th scope="col">\(L("Betweenness"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div></details>
        """
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }

    /// Above `drawnActors`: the largest communities as circles sized by their actors, the ties between
    /// them as lines as thick as their number, each named by its strongest broker; a table says the same,
    /// and every actor is in the table below and the CSV.
    static func communityDrawing(_ input: NetworkInput, _ report: NetworkReport) -> HTML {
        let nodes = report.nodes, g = input.graph
        var members: [Int: [Int]] = [:]
        for (i, n) in nodes.enumerated() where n.degree > 0 { members[n.community, default: []].append(i) }
        let shown = members.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.prefix(12).map(\.key)
        let index = Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($0.element, $0.offset) })
        var between: [Int: Int] = [:]
        for v in 0..<g.nodeCount {
            guard let a = index[nodes[v].community] else { continue }
            for t in g.neighbours(v) where Int(t) > v {
                if let b = index[nodes[Int(t)].community], a != b { between[min(a, b) * 64 + max(a, b), default: 0] += 1 }
            }
        }
        let width = 760.0, height = 560.0, centre = (x: 380.0, y: 280.0), ring = 190.0
        let sizes = shown.map { members[$0]!.count }, biggest = Double(sizes.max() ?? 1), busiest = Double(between.values.max() ?? 1)
        let place = shown.indices.map { k -> (x: Double, y: Double) in
            let angle = 2 * Double.pi * Double(k) / Double(max(shown.count, 1)) - Double.pi / 2
            return shown.count == 1 ? centre : (centre.x + ring * cos(angle), centre.y + ring * sin(angle))
        }
        let broker = shown.map { c in members[c]!.max { nodes[$0].betweenness < nodes[$1].betweenness }.map { nodes[$0].id } ?? "" }
        let lines = between.sorted { $0.key < $1.key }.map { key, count -> HTML in
            let (a, b) = (key / 64, key % 64)
            return "<line x1=\"\(f(place[a].x))\" y1=\"\(f(place[a].y))\" x2=\"\(f(place[b].x))\" y2=\"\(f(place[b].y))\" stroke-width=\"\(f(1 + 7 * Double(count) / busiest))\"><title>\(L("\(count) ties between communities \(a + 1) and \(b + 1)"))</title></line>"
        }
        let circles = shown.indices.map { k -> HTML in
            let r = 10 + 34 * (Double(sizes[k]) / biggest).squareRoot(), p = place[k]
            let below = p.y >= centre.y
            return """
            <circle class="node community" cx="\(f(p.x))" cy="\(f(p.y))" r="\(f(r))"><title>\(L("Community \(k + 1): \(sizes[k]) actors"))</title></circle>\
            <text x="\(f(p.x))" y="\(f(below ? p.y + r + 15 : p.y - r - 20))" text-anchor="middle">\(L("\(k + 1): \(sizes[k]) actors"))</text>\
            <text x="\(f(p.x))" y="\(f(below ? p.y + r + 30 : p.y - r - 5))" text-anchor="middle">\(LinkageGraph.short(broker[k]))</text>
            """
        }
        let rows = shown.indices.map { k -> HTML in
            let groups = Dictionary(grouping: members[shown[k]]!, by: { nodes[$0].group.map(group) ?? "—" }).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key ?? "—"
            let outward = between.filter { $0.key / 64 == k || $0.key % 64 == k }.values.reduce(0, +)
            return "<tr><th scope=\"row\">\(k + 1)</th><td class=\"num\">\(sizes[k])</td><td>\(groups)</td><td>\(broker[k])</td><td class=\"num\">\(outward)</td></tr>"
        }
        return """
        <figure class="graph analysis"><svg viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-label="\(L("The \(shown.count) largest communities of actors and the ties between them"))">
        <g class="community-ties">\(lines)</g>\(circles)</svg>
        <figcaption>\(L("\(nodes.count) actors are too many to draw one by one: each circle is a community (Leiden), its area growing with its actors and named by its strongest broker; a thicker line carries more ties between two communities. Every actor is in the table below and in the CSV."))</figcaption></figure>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Communities drawn"))"><table><thead><tr><th scope="col">\(L("Community"))</th><th scope="col">\(L("Actors"))</th><th scope="col">\(L("Largest group"))</th><th scope="col">\(L("Strongest broker"))</th><th scope="col">\(L("Ties to the other communities drawn"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        \(actorTable(input, report))
        """
    }
}
