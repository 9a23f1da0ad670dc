/// Communities by the Louvain method (Blondel et al.): move each actor to the neighbouring
/// community that raises modularity most, then merge communities into single nodes and repeat.
/// Weighted, undirected (directed ties are read both ways); deterministic (nodes in index order).
public struct Louvain: Sendable {
    public let community: [Int]
    public let modularity: Double
    public var count: Int { (community.max() ?? -1) + 1 }

    /// One level's graph: CSR adjacency without self-ties, plus each node's self-tie weight.
    struct Level {
        var offsets: [Int], targets: [Int], weights: [Double], selfWeight: [Double]
        var n: Int { selfWeight.count }

        /// Each node's tie weights plus its self-tie.
        var strengths: [Double] { (0..<n).map { v in weights[offsets[v]..<offsets[v + 1]].reduce(selfWeight[v], +) } }

        /// Adds v's tie weights into `weightTo` by the neighbour's community, listing each community once in `touched`.
        @inline(__always) func gather(_ v: Int, _ community: [Int], into weightTo: inout [Double], touched: inout [Int]) {
            touched.removeAll(keepingCapacity: true)
            for i in offsets[v]..<offsets[v + 1] {
                let c = community[targets[i]]
                if weightTo[c] == 0 { touched.append(c) }
                weightTo[c] += weights[i]
            }
        }
    }

    public init(_ g: Graph) {
        var level = Level(offsets: g.offsets, targets: g.targets.map { Int($0) }, weights: g.weights,
                          selfWeight: [Double](repeating: 0, count: g.nodeCount))
        if g.directed { level = Self.symmetrised(g) }
        let totalWeight = level.weights.reduce(0, +) + level.selfWeight.reduce(0, +)   // = 2m
        var membership = Array(0..<g.nodeCount)
        while true {
            let (moved, assignment) = Self.onePhase(level, twoM: totalWeight)
            // Renumber communities 0..<k and map the original nodes through this level.
            var renumber: [Int: Int] = [:]
            let compact = assignment.map { c -> Int in
                if let k = renumber[c] { return k }
                renumber[c] = renumber.count
                return renumber.count - 1
            }
            membership = membership.map { compact[$0] }
            if !moved || renumber.count == level.n { break }
            level = Self.aggregate(level, compact, renumber.count)
        }
        community = membership
        modularity = Self.modularity(g, membership)
    }

    static func symmetrised(_ g: Graph) -> Level {
        let u = Graph(nodeCount: g.nodeCount, edges: (0..<g.nodeCount).flatMap { v in
            (g.offsets[v]..<g.offsets[v + 1]).map { Graph.Edge(v, Int(g.targets[$0]), g.weights[$0]) }
        }, directed: false)
        return Level(offsets: u.offsets, targets: u.targets.map { Int($0) }, weights: u.weights, selfWeight: [Double](repeating: 0, count: u.nodeCount))
    }

    /// Local moves until no node changes community; answers whether anything moved.
    static func onePhase(_ l: Level, twoM: Double) -> (Bool, [Int]) {
        let n = l.n
        var community = Array(0..<n)
        let strength = l.strengths
        var total = strength
        var weightTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var movedAny = false
        guard twoM > 0 else { return (false, community) }
        var improved = true
        while improved {
            improved = false
            for v in 0..<n {
                let own = community[v], k = strength[v]
                l.gather(v, community, into: &weightTo, touched: &touched)
                total[own] -= k
                // Gain of joining c (up to a constant): weight to c − total(c) × k / 2m.
                var best = own, bestGain = weightTo[own] - total[own] * k / twoM
                for c in touched where c != own {
                    let gain = weightTo[c] - total[c] * k / twoM
                    if gain > bestGain + 1e-12 || (abs(gain - bestGain) <= 1e-12 && c < best && best != own) { best = c; bestGain = gain }
                }
                total[best] += k
                if best != own { community[v] = best; improved = true; movedAny = true }
                for c in touched { weightTo[c] = 0 }
                weightTo[own] = 0
            }
        }
        return (movedAny, community)
    }

    /// Each community becomes one node; ties between communities add up, ties inside become its self-tie.
    static func aggregate(_ l: Level, _ community: [Int], _ k: Int) -> Level {
        var selfWeight = [Double](repeating: 0, count: k)
        var rows = [[Int: Double]](repeating: [:], count: k)
        for v in 0..<l.n {
            let cv = community[v]
            selfWeight[cv] += l.selfWeight[v]
            for i in l.offsets[v]..<l.offsets[v + 1] {
                let cu = community[l.targets[i]]
                if cu == cv { selfWeight[cv] += l.weights[i] } else { rows[cv][cu, default: 0] += l.weights[i] }
            }
        }
        var offsets = [0], targets: [Int] = [], weights: [Double] = []
        for row in rows {
            for (c, w) in row.sorted(by: { $0.key < $1.key }) { targets.append(c); weights.append(w) }
            offsets.append(targets.count)
        }
        return Level(offsets: offsets, targets: targets, weights: weights, selfWeight: selfWeight)
    }

    /// Newman's weighted modularity of a partition (directed ties read both ways).
    public static func modularity(_ g: Graph, _ community: [Int]) -> Double {
        let k = (community.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: k), total = [Double](repeating: 0, count: k)
        var twoM = 0.0
        for v in 0..<g.nodeCount {
            for i in g.offsets[v]..<g.offsets[v + 1] {
                let w = g.weights[i], u = Int(g.targets[i])
                let factor = g.directed ? 2.0 : 1.0
                twoM += w * factor
                total[community[v]] += w
                if g.directed { total[community[u]] += w }
                if community[v] == community[u] { inside[community[v]] += w * factor }
            }
        }
        guard twoM > 0 else { return 0 }
        return (0..<k).reduce(0) { $0 + inside[$1] / twoM - (total[$1] / twoM) * (total[$1] / twoM) }
    }
}
