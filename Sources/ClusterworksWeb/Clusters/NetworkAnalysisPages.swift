import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// The cluster's map of linkages read as a network: who brokers, who is isolated, who spans
/// structural holes, in words a broker understands, with a drawing laid out in Swift.
struct NetworkAnalysisPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("clusters", ":id", "network-analysis", use: page).declaring([Self.groups])
        routes.get("clusters", ":id", "network-analysis.csv", use: csv).declaring([Self.groups])
    }

    /// How actors are grouped for brokerage: by their stage in the value chain (organisations not
    /// in the chain by their kind), or by kind alone.
    enum Grouping: String, CaseIterable { case stage, kind }
    static let groups = QueryParameter.choice("groups", Grouping.allCases.map(\.rawValue), "Group actors by stage of the value chain (default) or by kind")

    /// Existing and to-strengthen ties as they stand now; missing ties are what the network lacks.
    static func input(_ cluster: ClusterModel, grouping: Grouping = .stage, on db: any Database) async throws -> (NetworkInput, [String: UUID])? {
        let ties = try await LinkageModel.owned(by: .cluster, try cluster.requireID(), on: db).all()
        let map = LinkageMap(ties.compactMap(\.tie), on: nil)
        guard !map.actors.isEmpty else { return nil }
        // Organisations that came to the cluster's events but have no recorded tie are its isolated actors.
        var actorIds = map.actors, listed = Set(map.actors)
        for event in try await EventModel.owned(by: .cluster, try cluster.requireID(), on: db).all() {
            for id in event.values.ids("actorIds") where listed.insert(id).inserted { actorIds.append(id) }
        }
        let actors = Dictionary(uniqueKeysWithValues: try await ActorModel.query(on: db).filter(\.$id ~~ actorIds).all().map { ($0.id!, $0) })
        let stages = grouping == .stage ? try await stageOfActors(cluster, on: db) : [:]
        var names: [String: UUID] = [:]
        var nodes = "id,group,kind\n", edges = "source,target\n"
        func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        for id in actorIds {
            guard let a = actors[id] else { continue }
            var name = a.acronym ?? a.name
            if names[name] != nil { name += " (" + id.uuidString.prefix(4).lowercased() + ")" }
            names[name] = id
            let kind = a.actorKind == .enterprise ? "Enterprises" : (a.institutionType.flatMap(InstitutionType.init(rawValue:))?.label ?? "Institutions")
            nodes += q(name) + "," + q(stages[id] ?? kind) + "," + a.actorKind.rawValue + "\n"
        }
        let nameOf = Dictionary(uniqueKeysWithValues: names.map { ($0.value, $0.key) })
        for t in map.workingTies {
            guard let a = nameOf[t.from], let b = nameOf[t.to] else { continue }
            edges += q(a) + "," + q(b) + "\n"
        }
        return (try NetworkInput(nodes: Data(nodes.utf8), edges: Data(edges.utf8), directed: false), names)
    }

    /// Each organisation's stage in the value chain of the cluster's latest diagnostic (the first
    /// stage that lists it), numbered so that stages read in the chain's order.
    static func stageOfActors(_ cluster: ClusterModel, on db: any Database) async throws -> [UUID: String] {
        guard let diagnostic = try await DiagnosticModel.query(on: db).filter(\.$clusterId == cluster.requireID()).sort(\.$version, .descending).first() else { return [:] }
        let stages = try await RecordQuery.withLinks(ChainStageModel.query(on: db)).filter(\.$diagnosticId == diagnostic.requireID()).all()
        return ValueChain(stages.map { .init(position: $0.position, name: $0.name, actors: $0.values.ids("actorIds")) }).stageOfActors
    }

    @Sendable func page(req: Request) async throws -> HTML {
        let cluster = try await RegistryService(registry: Registries.clusters).find(req)
        let base = "/clusters/\(try cluster.requireID().uuidString.lowercased())"
        let grouping = try req.queryChoice(Self.groups, as: Grouping.self) ?? .stage
        var body: HTML = "<p>No ties recorded yet: the analysis reads the cluster's map of linkages.</p>"
        if let (input, ids) = try await Self.input(cluster, grouping: grouping, on: req.db) {
            var report = NetworkReport(input)
            report.tieWord = "cooperative tie"
            let findings = report.findings.map { "<li>\($0)</li>" as HTML }
            let rows = report.keyBrokers(10).map { n -> HTML in
                let link = ids[n.id].map { "/actors/\($0.uuidString.lowercased())" } ?? "#"
                return "<tr><th scope=\"row\"><a href=\"\(link)\">\(n.id)</a></th><td>\(n.group ?? "")</td><td class=\"num\">\(String(format: "%.1f", n.betweenness))</td><td class=\"num\">\(n.degree)</td><td class=\"num\">\(n.constraint.isNaN ? "—" : String(format: "%.2f", n.constraint))</td><td class=\"num\">\(n.liaisonCount)</td></tr>"
            }
            let switcher: HTML = grouping == .stage
                ? "Groups are stages of the value chain (organisations outside it by kind). <a href=\"\(base)/network-analysis?groups=kind\">Group by kind of organisation</a>"
                : "Groups are kinds of organisation. <a href=\"\(base)/network-analysis?groups=stage\">Group by stage of the value chain</a>"
            body = """
            <section aria-labelledby="find-h"><h2 id="find-h">What the ties say</h2><p class="hint">\(switcher)</p><ul>\(findings)</ul></section>
            \(Self.drawing(input, report))
            <section aria-labelledby="brk-h"><h2 id="brk-h">Key brokers</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Key brokers"><table><thead><tr><th scope="col">Actor</th><th scope="col">Group</th><th scope="col">Betweenness</th><th scope="col">Ties</th><th scope="col">Constraint</th><th scope="col">Links between other groups</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            <p><a href="\(base)/network-analysis.csv">Every actor's measures as CSV</a></p></section>
            \(Self.communities(report))
            """
        }
        return Layout.page("Network analysis — \(cluster.name)", req, body: """
        \(ClusterNav.header(owner: cluster.name, ownerPath: base, current: "network-analysis"))
        <h1>Network analysis</h1>
        <p class="hint">Existing ties and ties to strengthen, as the map of linkages stands today; missing ties and conflicts are left out. Organisations that took part in the cluster's events without any tie appear as isolated.</p>
        \(body)
        """)
    }

    /// The Leiden communities, largest first: who deals mostly with whom, and from which groups.
    static func communities(_ report: NetworkReport) -> HTML {
        let byCommunity = Dictionary(grouping: report.nodes.filter { $0.degree > 0 }, by: \.community).values
            .filter { $0.count > 1 }.sorted { ($0.count, $1.first!.id) > ($1.count, $0.first!.id) }
        guard byCommunity.count > 1 else { return .empty }
        let items = byCommunity.prefix(10).map { members -> HTML in
            let groups = Dictionary(grouping: members, by: { $0.group ?? "—" }).map { ($0.key, $0.value.count) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            let names = members.prefix(10).map(\.id).joined(separator: ", ") + (members.count > 10 ? ", …" : "")
            return "<li><strong>\(members.count) actors</strong> (\(groups.map { "\($0.0): \($0.1)" }.joined(separator: ", "))): \(names)</li>"
        }
        return """
        <section aria-labelledby="com-h"><h2 id="com-h">Communities</h2>
        <p class="hint">Actors tied more to each other than to the rest (Leiden; each community hangs together through its own ties). Modularity \(String(format: "%.2f", report.modularity)).</p>
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
            return "<circle class=\"\(kind)\" data-kind=\"\(input.kinds[i] ?? "")\" cx=\"\(f(p[i].x))\" cy=\"\(f(p[i].y))\" r=\"\(f(radii[i]))\"><title>\(n.id): betweenness \(String(format: "%.1f", n.betweenness))</title></circle>"
        }
        let names = layout.labels.compactMap { $0 }.map { l -> HTML in
            "<text x=\"\(f(l.x))\" y=\"\(f(l.y))\"\(l.leftward ? HTML(raw: " text-anchor=\"end\"") : .empty)>\(l.text)</text>"
        }
        let isolated: HTML = layout.isolatedRowY.map { "<text class=\"row-title\" x=\"\(f(font))\" y=\"\(f($0))\">Without any tie:</text>" } ?? .empty
        let unnamed = layout.labels.filter { $0 == nil }.count
        return """
        <figure class="graph analysis"><svg viewBox="0 0 \(Int(width)) \(Int(layout.height.rounded(.up)))" role="img" aria-label="The cluster's actors laid out by their ties; larger circles broker more paths">
        <g class="ties">\(lines)</g>\(dots)\(names)\(isolated)</svg>
        <figcaption>Tied actors are drawn close together; separate parts stand side by side; a larger circle brokers more paths.
        <span class="key node-key"></span> enterprise <span class="key node-key institution"></span> institution\(unnamed > 0 ? " · \(unnamed) names left out of the drawing for room are in the table of actors." : ".")</figcaption></figure>
        \(actorTable(input, report))
        """
    }

    /// Every actor with its group, kind and measures: what the drawing shows, in words and numbers.
    static func actorTable(_ input: NetworkInput, _ report: NetworkReport) -> HTML {
        let rows = report.nodes.enumerated().sorted { ($0.element.betweenness, $1.element.id) > ($1.element.betweenness, $0.element.id) }.map { i, n -> HTML in
            let kind = input.kinds[i] == ActorKind.institution.rawValue ? "Institution" : "Enterprise"
            return "<tr><th scope=\"row\">\(n.id)</th><td>\(kind)</td><td>\(n.group ?? "")</td><td class=\"num\">\(n.degree)</td><td class=\"num\">\(String(format: "%.1f", n.betweenness))</td></tr>"
        }
        return """
        <details class="actors"><summary>All \(report.nodes.count) actors</summary>
        <div class="table-wrap" tabindex="0" role="region" aria-label="All actors"><table><thead><tr><th scope="col">Actor</th><th scope="col">Kind</th><th scope="col">Group</th><th scope="col">Ties</th><th scope="col">Betweenness</th></tr></thead>
        <tbody>\(rows)</tbody></table></div></details>
        """
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }

    @Sendable func csv(req: Request) async throws -> Response {
        let cluster = try await RegistryService(registry: Registries.clusters).find(req)
        let grouping = try req.queryChoice(Self.groups, as: Grouping.self) ?? .stage
        let text = try await Self.input(cluster, grouping: grouping, on: req.db).map { NetworkReport($0.0).csv } ?? "id\n"
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"network-analysis.csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}

/// `/api/v1/clusters/{id}/network-analysis`: the same reading as the page, as JSON.
struct NetworkAnalysisAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("clusters", ":id", "network-analysis", use: analysis).declaring([NetworkAnalysisPages.groups])
    }

    @Sendable func analysis(req: Request) async throws -> JSONResponse {
        let cluster = try await RegistryService(registry: Registries.clusters).find(req)
        let grouping = try req.queryChoice(NetworkAnalysisPages.groups, as: NetworkAnalysisPages.Grouping.self) ?? .stage
        guard let (input, ids) = try await NetworkAnalysisPages.input(cluster, grouping: grouping, on: req.db) else {
            return JSONResponse(body: .object([("actors", .int(0)), ("findings", .array([])), ("nodes", .array([]))]))
        }
        var r = NetworkReport(input)
        r.tieWord = "cooperative tie"
        func number(_ d: Double) -> JSONOut { d.isFinite ? .double(d) : .null }
        let nodes = r.nodes.map { n -> JSONOut in
            .object([("name", .string(n.id)), ("actorId", ids[n.id].map { .string($0.uuidString.lowercased()) } ?? .null), ("group", n.group.map(JSONOut.string) ?? .null),
                     ("degree", .int(n.degree)), ("betweenness", number(n.betweenness)), ("closeness", number(n.closeness)), ("eigenvector", number(n.eigenvector)),
                     ("pageRank", number(n.pageRank)), ("clustering", number(n.clustering)), ("core", .int(n.core)), ("constraint", number(n.constraint)),
                     ("effectiveSize", number(n.effectiveSize)), ("component", .int(n.component)), ("community", .int(n.community)),
                     ("brokerage", .object(Brokerage.Role.allCases.map { ($0.rawValue, .int(n.brokerage[$0] ?? 0)) }))])
        }
        return JSONResponse(body: .object([
            ("actors", .int(r.nodes.count)), ("ties", .int(r.edgeCount)), ("density", number(r.density)), ("components", .int(r.components)),
            ("transitivity", number(r.transitivity)), ("communities", .int(r.communities)), ("modularity", number(r.modularity)),
            ("findings", .array(r.findings.map(JSONOut.string))),
            ("bridges", .array(r.bridges.map { b in .object([("from", .string(b.groups.0)), ("to", .string(b.groups.1)),
                                                             ("brokers", .array(b.brokers.map(JSONOut.string))), ("directlyTied", .bool(b.directlyTied))]) })),
            ("nodes", .array(nodes)),
        ]))
    }
}

extension NetworkAnalysisAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        [("/clusters/{id}/network-analysis", OpenAPI.PathItem(get: APIOperation.make(
            "The map of linkages read as a network: findings, bridges between groups, every actor's measures",
            path: ["id"], query: [NetworkAnalysisPages.groups], one: "NetworkAnalysis")))]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        [("NetworkAnalysis", .object(description: "actors, ties, density, components, transitivity, communities (Leiden), modularity, findings (sentences), bridges {from, to, brokers, directlyTied}, nodes with degree, betweenness, closeness, eigenvector, pageRank, clustering, core, constraint, effectiveSize, component, community and brokerage counts by role"))]
    }
}
