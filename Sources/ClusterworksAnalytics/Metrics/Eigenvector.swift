/// Eigenvector centrality by power iteration on A + I (the shift keeps bipartite graphs from
/// oscillating and leaves the leading eigenvector unchanged), scaled to unit length as networkx does.
/// Weights count.
public enum Eigenvector {
    public static func compute(_ g: Graph, tolerance: Double = 1e-10, maxIterations: Int = 1000) -> [Double] {
        let n = g.nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            for v in 0..<n { next[v] = x[v] }
            for v in 0..<n {
                // In-ties carry centrality: for an undirected graph every tie is both ways.
                for i in g.offsets[v]..<g.offsets[v + 1] { next[Int(g.targets[i])] += x[v] * g.weights[i] }
            }
            let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { return x }
            var change = 0.0
            for v in 0..<n { next[v] /= norm; change += abs(next[v] - x[v]) }
            swap(&x, &next)
            if change < Double(n) * tolerance { break }
        }
        return x
    }
}
