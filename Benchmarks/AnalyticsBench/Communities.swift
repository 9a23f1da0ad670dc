import ClusterworksAnalytics
import Foundation

/// Modularity of Louvain and Leiden on the two graph kinds the issue names: communities of 100
/// (few hubs) and Barabási–Albert (hub-heavy). Writes each graph so `Benchmarks/peers_leiden.py`
/// runs igraph on the very same ties.
enum CommunitiesBench {
    static func run(dir: String) {
        let graphs: [(name: String, nodes: Int, edges: [Graph.Edge])] = [
            ("communities-10000", 10_000, communityGraph(nodes: 10_000, ties: 100_000, seed: 42)),
            ("ba-2000-m2", 2_000, BarabasiAlbert.edges(nodes: 2_000, perNode: 2, seed: 7)),
            ("ba-10000-m3", 10_000, BarabasiAlbert.edges(nodes: 10_000, perNode: 3, seed: 42)),
            ("ba-50000-m5", 50_000, BarabasiAlbert.edges(nodes: 50_000, perNode: 5, seed: 42)),
        ]
        for (name, nodes, edges) in graphs {
            var csv = "source,target,weight\n"
            for e in edges { csv += "\(e.source),\(e.target),\(Int(e.weight))\n" }
            try! csv.write(toFile: "\(dir)/leiden-\(name).csv", atomically: true, encoding: .utf8)
            let g = Graph(nodeCount: nodes, edges: edges)
            let louvain = time("\(name): Louvain") { Louvain(g) }
            let leiden = time("\(name): Leiden") { Leiden(g) }
            print(String(format: "  %@: %d ties; Louvain %d communities, modularity %.5f; Leiden %d communities, modularity %.5f",
                         name, g.edgeCount, louvain.count, louvain.modularity, leiden.count, leiden.modularity))
        }
    }
}
