/// Triangles: each node's local clustering coefficient (the share of its pairs of neighbours that
/// are tied) and the graph's transitivity (three times the triangles over the connected triples).
/// Ties are read as undirected.
public struct Clustering: Sendable {
    public let local: [Double]
    public let transitivity: Double
    public let triangles: [Int]

    public init(_ g: Graph) {
        let n = g.nodeCount
        let triangles = Self.triangles(g)
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

    /// Each node's triangles, by the forward algorithm: ties point from the lower- to the
    /// higher-ranked end (rank by degree, then index), so every triangle is found once, from its
    /// lowest-ranked corner, by marking that corner's forward neighbours.
    static func triangles(_ g: Graph) -> [Int] {
        let n = g.nodeCount
        func ahead(_ u: Int, _ v: Int) -> Bool { (g.degree(u), u) > (g.degree(v), v) }
        var start = [Int](repeating: 0, count: n + 1)
        for v in 0..<n { start[v + 1] = start[v] + g.neighbours(v).reduce(0) { $0 + (ahead(Int($1), v) ? 1 : 0) } }
        var forward = [Int32](repeating: 0, count: start[n])
        for v in 0..<n {
            var k = start[v]
            for u in g.neighbours(v) where ahead(Int(u), v) { forward[k] = u; k += 1 }
        }
        var count = [Int](repeating: 0, count: n)
        var mark = [Bool](repeating: false, count: n)
        start.withUnsafeBufferPointer { st in
        forward.withUnsafeBufferPointer { fw in
        mark.withUnsafeMutableBufferPointer { mk in
        count.withUnsafeMutableBufferPointer { c in
            for v in 0..<n {
                for i in st[v]..<st[v + 1] { mk[Int(fw[i])] = true }
                for i in st[v]..<st[v + 1] {
                    let u = Int(fw[i])
                    for j in st[u]..<st[u + 1] where mk[Int(fw[j])] {
                        c[v] += 1; c[u] += 1; c[Int(fw[j])] += 1
                    }
                }
                for i in st[v]..<st[v + 1] { mk[Int(fw[i])] = false }
            }
        }}}}
        return count
    }
}
