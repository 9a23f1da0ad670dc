import Foundation

/// Every measure of an actor network at once, with the findings a broker reads: key brokers,
/// isolated actors, structural holes, brokerage between groups.
public struct NetworkReport: Sendable {
    public struct Node: Sendable {
        public let id: String
        public let group: String?
        public let degree: Int
        public let weightedDegree: Double
        public let betweenness: Double
        public let closeness: Double
        public let eigenvector: Double
        public let pageRank: Double
        public let clustering: Double
        public let core: Int
        public let constraint: Double
        public let effectiveSize: Double
        public let component: Int
        /// Leiden community (connected by construction).
        public let community: Int
        public let louvainCommunity: Int
        public let brokerage: [Brokerage.Role: Int]

        public var liaisonCount: Int { (brokerage[.liaison] ?? 0) + (brokerage[.itinerant] ?? 0) }
    }

    public let nodes: [Node]
    public let edgeCount: Int
    public let density: Double
    public let components: Int
    public let transitivity: Double
    public let directed: Bool
    public let communities: Int
    public let modularity: Double
    /// Pairs of named groups and who brokers between them, most brokers first.
    public let bridges: [(groups: (String, String), brokers: [String], directlyTied: Bool)]
    /// What the findings call the ties read ("tie"; a cluster's map, which leaves conflicts out, says "cooperative tie").
    public var tieWord = "tie"

    public init(_ input: NetworkInput, threads: Int = 2) {
        let g = input.graph
        let betweenness = Betweenness.compute(g, weighted: !g.isUnweighted, threads: threads)
        let closeness = Closeness.compute(g, threads: threads)
        let eigen = Eigenvector.compute(g), rank = PageRank.compute(g), clustering = Clustering(g)
        let core = KCore.compute(g), holes = StructuralHoles(g), comps = Components(g)
        let numbers = Self.groupNumbers(input.groups)
        let brokerage = Brokerage(g, groups: numbers, bridges: true)
        let louvain = Louvain(g), leiden = Leiden(g)
        nodes = (0..<g.nodeCount).map { v in
            Node(id: input.ids[v], group: input.groups[v], degree: g.degree(v), weightedDegree: g.weightedDegree(v), betweenness: betweenness[v],
                 closeness: closeness[v], eigenvector: eigen[v], pageRank: rank[v], clustering: clustering.local[v], core: core[v],
                 constraint: holes.constraint[v], effectiveSize: holes.effectiveSize[v], component: comps.label[v],
                 community: leiden.community[v], louvainCommunity: louvain.community[v], brokerage: brokerage.roles(v))
        }
        edgeCount = g.edgeCount
        density = g.density
        components = comps.count
        transitivity = clustering.transitivity
        directed = g.directed
        communities = leiden.count
        modularity = leiden.modularity
        var nameOf: [Int: String] = [:]
        for (v, k) in numbers.enumerated() where k >= 0 { nameOf[k] = input.groups[v] }
        bridges = brokerage.bridges.compactMap { b in
            guard let x = nameOf[b.groups.0], let y = nameOf[b.groups.1] else { return nil }
            // Named in reading order, so numbered stages of a chain run upstream to downstream.
            let pair = x.localizedStandardCompare(y) == .orderedDescending ? (y, x) : (x, y)
            return (pair, b.brokers.map { input.ids[$0] }, b.directlyTied)
        }
    }

    /// Groups as numbers for brokerage; an actor without a group stands alone.
    static func groupNumbers(_ groups: [String?]) -> [Int] {
        var index: [String: Int] = [:]
        return groups.enumerated().map { i, name in
            guard let name else { return -1 - i }
            if let k = index[name] { return k }
            index[name] = index.count
            return index.count - 1
        }
    }

    /// The actors most paths run through, most first.
    public func keyBrokers(_ count: Int = 5) -> [Node] {
        Array(nodes.filter { $0.betweenness > 0 }.sorted { $0.betweenness > $1.betweenness }.prefix(count))
    }

    public var isolated: [Node] { nodes.filter { $0.degree == 0 } }

    /// Actors spanning structural holes: their contacts are not tied to each other.
    public func holeSpanners(_ count: Int = 5) -> [Node] {
        Array(nodes.filter { !$0.constraint.isNaN && $0.degree >= 2 }.sorted { $0.constraint < $1.constraint }.prefix(count))
    }

    /// Per-node measures as CSV.
    public var csv: String {
        let head = "id,group,degree,weighted_degree,betweenness,closeness,eigenvector,pagerank,clustering,core,constraint,effective_size,component,community,louvain_community,"
            + Brokerage.Role.allCases.map(\.rawValue).joined(separator: ",")
        var lines = [head]
        for n in nodes {
            var fields = [CSVWriter.field(n.id), CSVWriter.field(n.group ?? ""), String(n.degree), Self.number(n.weightedDegree), Self.number(n.betweenness)]
            fields += [Self.number(n.closeness), Self.number(n.eigenvector), Self.number(n.pageRank), Self.number(n.clustering), String(n.core)]
            fields += [Self.number(n.constraint), Self.number(n.effectiveSize), String(n.component), String(n.community), String(n.louvainCommunity)]
            fields += Brokerage.Role.allCases.map { String(n.brokerage[$0] ?? 0) }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func number(_ d: Double) -> String { d.isNaN ? "" : String(format: "%.6g", d) }
}
