/// Connected components (weakly connected for a directed graph): a label per node, labels 0, 1, …
/// numbered in the order their first node appears, and the size of each.
public struct Components: Sendable, Equatable {
    public let label: [Int]
    public let sizes: [Int]
    public var count: Int { sizes.count }

    public init(_ g: Graph) {
        var parent = Array(0..<g.nodeCount)
        func find(_ x: Int) -> Int {
            var r = x
            while parent[r] != r { r = parent[r] }
            var y = x
            while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
            return r
        }
        for v in 0..<g.nodeCount {
            for i in g.offsets[v]..<g.offsets[v + 1] {
                let a = find(v), b = find(Int(g.targets[i]))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var index = [Int](repeating: -1, count: g.nodeCount)
        var label = [Int](repeating: 0, count: g.nodeCount)
        var sizes: [Int] = []
        for v in 0..<g.nodeCount {
            let r = find(v)
            if index[r] < 0 { index[r] = sizes.count; sizes.append(0) }
            label[v] = index[r]
            sizes[index[r]] += 1
        }
        self.label = label
        self.sizes = sizes
    }

    /// Nodes without any tie.
    public static func isolated(_ g: Graph) -> [Int] {
        var incoming = [Bool](repeating: false, count: g.nodeCount)
        if g.directed { for t in g.targets { incoming[Int(t)] = true } }
        return (0..<g.nodeCount).filter { g.degree($0) == 0 && !incoming[$0] }
    }
}
