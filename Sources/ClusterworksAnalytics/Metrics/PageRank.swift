/// PageRank by power iteration (damping 0.85 by default); a node without out-ties spreads its rank
/// over all nodes, as networkx does. Ties are weighted by their weight.
public enum PageRank {
    public static func compute(_ g: Graph, damping: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 1000) -> [Double] {
        let n = g.nodeCount
        guard n > 0 else { return [] }
        let outWeight = (0..<n).map { g.weightedDegree($0) }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for v in 0..<n where outWeight[v] == 0 { dangling += rank[v] }
            let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
            for v in 0..<n { next[v] = base }
            for v in 0..<n where outWeight[v] > 0 {
                let share = damping * rank[v] / outWeight[v]
                for i in g.offsets[v]..<g.offsets[v + 1] { next[Int(g.targets[i])] += share * g.weights[i] }
            }
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - rank[v]) }
            swap(&rank, &next)
            if change < Double(n) * tolerance { break }
        }
        return rank
    }
}
