/// Eigenvector centrality by power iteration, scaled to unit length as networkx does; weights count.
/// A graph with a bipartite part is iterated on A + I instead of A: the shift stops the oscillation
/// there and leaves the leading eigenvector unchanged, but it slows convergence, so only then.
public enum Eigenvector {
    public static func compute(_ g: Graph, tolerance: Double = 1e-10, maxIterations: Int = 1000) -> [Double] {
        let n = g.nodeCount
        guard n > 0 else { return [] }
        let shift = Self.hasBipartitePart(g) ? 1.0 : 0.0
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            // In-ties carry centrality: for an undirected graph every tie is both ways.
            g.offsets.withUnsafeBufferPointer { off in
            g.targets.withUnsafeBufferPointer { tgt in
            g.weights.withUnsafeBufferPointer { wt in
            x.withUnsafeBufferPointer { cur in
            next.withUnsafeMutableBufferPointer { out in
                if g.directed {
                    for v in 0..<n { out[v] = shift * cur[v] }
                    for v in 0..<n {
                        let xv = cur[v]
                        for i in off[v]..<off[v + 1] { out[Int(tgt[i])] += xv * wt[i] }
                    }
                } else {
                    // Undirected: gather from the neighbours, writing each value once.
                    for v in 0..<n {
                        var sum = shift * cur[v]
                        for i in off[v]..<off[v + 1] { sum += cur[Int(tgt[i])] * wt[i] }
                        out[v] = sum
                    }
                }
            }}}}}
            let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { return x }
            var change = 0.0
            for v in 0..<n { next[v] /= norm; change += abs(next[v] - x[v]) }
            swap(&x, &next)
            if change < Double(n) * tolerance { break }
        }
        return x
    }

    /// Whether some connected part with a tie can be coloured in two colours (ties read both ways).
    static func hasBipartitePart(_ g: Graph) -> Bool {
        let n = g.nodeCount
        var neighbours = [[Int32]](repeating: [], count: g.directed ? n : 0)
        if g.directed { for v in 0..<n { for t in g.neighbours(v) { neighbours[v].append(t); neighbours[Int(t)].append(Int32(v)) } } }
        var colour = [Int8](repeating: -1, count: n)
        for s in 0..<n where colour[s] < 0 {
            colour[s] = 0
            var stack = [s], bipartite = true, tied = false
            while let v = stack.popLast() {
                for t in (g.directed ? neighbours[v][...] : g.neighbours(v)) {
                    tied = true
                    let u = Int(t)
                    if colour[u] < 0 { colour[u] = 1 - colour[v]; stack.append(u) } else if colour[u] == colour[v] { bipartite = false }
                }
            }
            if bipartite && tied { return true }
        }
        return false
    }
}
