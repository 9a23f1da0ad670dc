import ClusterworksAnalytics
import Dispatch
import Foundation

// Times the actor-network metrics on a seeded graph with community structure and writes the graph
// so that `Benchmarks/peers.py` can time igraph on the very same input. Run by hand:
//   swift build -c release --product analytics-bench && .build/release/analytics-bench [nodes] [ties] [dir]
//   .build/release/analytics-bench mapping [dir]     (cluster mapping; then Benchmarks/peers_mapping.py [dir])
//   .build/release/analytics-bench leiden [dir]      (communities on two graph kinds; then Benchmarks/peers_leiden.py [dir])

/// xorshift64*: the same seed gives the same graph on every machine.
struct Seeded {
    var state: UInt64
    mutating func next() -> UInt64 { state ^= state >> 12; state ^= state << 25; state ^= state >> 27; return state &* 2685821657736338717 }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Communities of 100 actors; four ties in five stay inside a community.
func communityGraph(nodes: Int, ties: Int, seed: UInt64) -> [Graph.Edge] {
    var rng = Seeded(state: seed)
    let size = 100, communities = max(1, nodes / size)
    var edges: [Graph.Edge] = []
    edges.reserveCapacity(ties)
    while edges.count < ties {
        let a = rng.below(nodes)
        let b: Int
        if rng.below(5) < 4 { b = (a / size) * size + rng.below(size) } else { b = rng.below(communities) * size + rng.below(size) }
        guard a != b, b < nodes else { continue }
        edges.append(.init(a, b, 1 + Double(rng.below(4))))
    }
    return edges
}

func time<T>(_ label: String, _ body: () -> T) -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = body()
    let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    print(label.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: " %10.1f ms", ms))
    return result
}

let args = CommandLine.arguments
if args.count > 1 && args[1] == "mapping" {
    MappingBench.run(regions: 3000, industries: 1000, dir: args.count > 2 ? args[2] : FileManager.default.temporaryDirectory.path)
    exit(0)
}
if args.count > 1 && args[1] == "leiden" {
    CommunitiesBench.run(dir: args.count > 2 ? args[2] : FileManager.default.temporaryDirectory.path)
    exit(0)
}
let nodes = args.count > 1 ? Int(args[1])! : 10_000
let ties = args.count > 2 ? Int(args[2])! : 100_000
let dir = args.count > 3 ? args[3] : FileManager.default.temporaryDirectory.path
let edges = communityGraph(nodes: nodes, ties: ties, seed: 42)
var csv = "source,target,weight\n"
for e in edges { csv += "\(e.source),\(e.target),\(Int(e.weight))\n" }
try! csv.write(toFile: dir + "/bench-edges.csv", atomically: true, encoding: .utf8)
// Five groups (stages of a value chain, say), each community in one of them.
let groups = (0..<nodes).map { ($0 / 100) % 5 }
try! ("id,group\n" + (0..<nodes).map { "\($0),\(groups[$0])" }.joined(separator: "\n") + "\n").write(toFile: dir + "/bench-nodes.csv", atomically: true, encoding: .utf8)

print("Swift (ClusterworksAnalytics), \(nodes) actors, \(ties) ties drawn, seed 42")
let g = time("build the graph") { Graph(nodeCount: nodes, edges: edges) }
print("  \(g.edgeCount) ties after merging \(g.mergedDuplicates) duplicates")
let comps = time("components") { Components(g) }
// CLUSTERWORKS_BENCH_QUICK=1 leaves out the path-based measures (a minute) to time the rest.
let quick = ProcessInfo.processInfo.environment["CLUSTERWORKS_BENCH_QUICK"] == "1"
var (bt1, bt2, btw, cl) = ([Double](), [Double](), [Double](), [Double]())
if !quick {
    bt1 = time("betweenness, unweighted, 1 thread") { Betweenness.compute(g, threads: 1) }
    bt2 = time("betweenness, unweighted, 2 threads") { Betweenness.compute(g, threads: 2) }
    btw = time("betweenness, weighted, 1 thread") { Betweenness.compute(g, weighted: true, threads: 1) }
    let btwHeap = time("betweenness, weighted, heap, 1 thread") { Betweenness.compute(g, weighted: true, threads: 1, buckets: false) }
    _ = time("betweenness, weighted, 2 threads") { Betweenness.compute(g, weighted: true, threads: 2) }
    precondition(zip(btw, btwHeap).allSatisfy { abs($0 - $1) <= 1e-6 * max(1, abs($0)) }, "bucket and heap searches disagree")
    cl = time("closeness, 1 thread") { Closeness.compute(g, threads: 1) }
}
let cc = time("clustering and transitivity") { Clustering(g) }
let core = time("k-core") { KCore.compute(g) }
let pr = time("PageRank") { PageRank.compute(g) }
let holes = time("constraint and effective size") { StructuralHoles(g) }
let ev = time("eigenvector") { Eigenvector.compute(g) }
let louvain = time("Louvain") { Louvain(g) }
let leiden = time("Leiden") { Leiden(g) }
let brokerage = time("brokerage roles (5 groups)") { Brokerage(g, groups: groups) }
print(String(format: "  Louvain: %d communities, modularity %.4f; Leiden: %d communities, modularity %.4f; Σ eigenvector² %.6f",
             louvain.count, louvain.modularity, leiden.count, leiden.modularity, ev.reduce(0) { $0 + $1 * $1 }))
print("  brokerage totals by role: " + Brokerage.Role.allCases.map { r in "\(r.rawValue) \((0..<nodes).reduce(0) { $0 + brokerage.count($1, r) })" }.joined(separator: ", "))
print(String(format: "checks: components %d, Σ betweenness %.6e (2 threads %.6e), Σ weighted %.6e, Σ closeness %.6f, transitivity %.6f, max core %d, Σ PageRank %.6f, Σ constraint %.6f",
             comps.count, bt1.reduce(0, +), bt2.reduce(0, +), btw.reduce(0, +), cl.reduce(0, +), cc.transitivity, core.max() ?? 0,
             pr.reduce(0, +), holes.constraint.filter { !$0.isNaN }.reduce(0, +)))

