/// Burt's structural holes for undirected ties: constraint (how much a node's ties lead to the same
/// people) and effective size (its non-redundant contacts), with the definitions networkx uses.
public struct StructuralHoles: Sendable {
    public let constraint: [Double]
    public let effectiveSize: [Double]

    public init(_ g: Graph) {
        let n = g.nodeCount
        let strength = (0..<n).map { g.weightedDegree($0) }
        let maxTie = (0..<n).map { v in g.weights[g.offsets[v]..<g.offsets[v + 1]].max() ?? 0 }
        var constraint = [Double](repeating: .nan, count: n)
        var effective = [Double](repeating: .nan, count: n)
        // A row of p (proportional tie strength) for the node being computed, by neighbour.
        var pRow = [Double](repeating: 0, count: n)
        for v in 0..<n where g.degree(v) > 0 {
            for i in g.offsets[v]..<g.offsets[v + 1] { pRow[Int(g.targets[i])] = g.weights[i] / strength[v] }
            var c = 0.0, redundancy = 0.0
            for i in g.offsets[v]..<g.offsets[v + 1] {
                let j = Int(g.targets[i])
                // Indirect: through each q tied to both v and j.
                var indirect = 0.0, overlap = 0.0
                for k in g.offsets[j]..<g.offsets[j + 1] {
                    let q = Int(g.targets[k])
                    guard q != v, pRow[q] > 0 else { continue }
                    indirect += pRow[q] * g.weights[k] / strength[q]
                    overlap += pRow[q] * g.weights[k] / maxTie[j]
                }
                let direct = pRow[j]
                c += (direct + indirect) * (direct + indirect)
                redundancy += overlap
            }
            constraint[v] = c
            effective[v] = Double(g.degree(v)) - redundancy
            for i in g.offsets[v]..<g.offsets[v + 1] { pRow[Int(g.targets[i])] = 0 }
        }
        self.constraint = constraint
        self.effectiveSize = effective
    }
}
