/// Triangles: each node's local clustering coefficient (the share of its pairs of neighbours that
/// are tied) and the graph's transitivity (three times the triangles over the connected triples).
/// Ties are read as undirected.
public struct Clustering: Sendable {
    public let local: [Double]
    public let transitivity: Double
    public let triangles: [Int]

    public init(_ g: Graph) {
        let n = g.nodeCount
        var triangles = [Int](repeating: 0, count: n)
        // Neighbour lists are sorted, so each count is a merge of two sorted lists.
        for v in 0..<n {
            let nv = g.neighbours(v)
            for u32 in nv where Int(u32) > v {
                let u = Int(u32)
                let nu = g.neighbours(u)
                var i = nv.startIndex, j = nu.startIndex
                while i < nv.endIndex && j < nu.endIndex {
                    let a = nv[i], b = nu[j]
                    if a == b { let w = Int(a); if w > u { triangles[v] += 1; triangles[u] += 1; triangles[w] += 1 }; i += 1; j += 1 }
                    else if a < b { i += 1 } else { j += 1 }
                }
            }
        }
        var triples = 0
        local = (0..<n).map { v in
            let k = g.degree(v)
            triples += k * (k - 1) / 2
            return k < 2 ? 0 : Double(triangles[v]) / Double(k * (k - 1) / 2)
        }
        let closed = triangles.reduce(0, +)
        transitivity = triples > 0 ? Double(closed) / Double(triples) : 0
        self.triangles = triangles
    }
}
