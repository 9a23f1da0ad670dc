/// The k-core number of every node (the largest k such that it belongs to a subgraph where every
/// node has at least k ties), by Batagelj and Zaversnik's bucket algorithm in O(m).
public enum KCore {
    public static func compute(_ g: Graph) -> [Int] {
        let n = g.nodeCount
        var degree = (0..<n).map { g.degree($0) }
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var position = [Int](repeating: 0, count: n), order = [Int](repeating: 0, count: n)
        var next = binStart
        for v in 0..<n { position[v] = next[degree[v]]; order[position[v]] = v; next[degree[v]] += 1 }
        for i in 0..<n {
            let v = order[i]
            for t in g.neighbours(v) {
                let u = Int(t)
                guard degree[u] > degree[v] else { continue }
                // Move u to the front of its bin, then shrink the bin: u's degree falls by one.
                let du = degree[u], pu = position[u], pw = binStart[du], w = order[pw]
                if u != w { order[pu] = w; position[w] = pu; order[pw] = u; position[u] = pw }
                binStart[du] += 1
                degree[u] -= 1
            }
        }
        return degree
    }
}
