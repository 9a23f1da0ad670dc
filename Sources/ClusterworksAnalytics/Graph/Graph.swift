/// A graph of actors and ties in compressed sparse rows: for each node the range of its neighbours
/// in one flat array, so traversals touch memory in order. An undirected tie is stored both ways.
///
/// Rules for untidy input, applied when building: self-loops are dropped, and repeated ties between
/// the same pair (in the same direction, for a directed graph) are merged by summing their weights.
public struct Graph: Sendable {
    public let nodeCount: Int
    public let directed: Bool
    /// `offsets[v] ..< offsets[v + 1]` indexes `targets` and `weights` for node v's out-neighbours.
    public let offsets: [Int]
    public let targets: [Int32]
    public let weights: [Double]
    /// Ties after merging (each undirected tie once).
    public let edgeCount: Int
    public let droppedSelfLoops: Int
    public let mergedDuplicates: Int

    public struct Edge: Sendable {
        public let source: Int, target: Int, weight: Double
        public init(_ source: Int, _ target: Int, _ weight: Double = 1) { self.source = source; self.target = target; self.weight = weight }
    }

    public init(nodeCount: Int, edges: [Edge], directed: Bool = false) {
        self.nodeCount = nodeCount
        self.directed = directed
        var loops = 0
        // Each arc packed as a 64-bit key so sorting groups duplicates cheaply.
        var arcs: [(key: UInt64, weight: Double)] = []
        arcs.reserveCapacity(edges.count * (directed ? 1 : 2))
        for e in edges {
            precondition(e.source >= 0 && e.source < nodeCount && e.target >= 0 && e.target < nodeCount, "edge endpoint out of range")
            if e.source == e.target { loops += 1; continue }
            arcs.append((UInt64(e.source) << 32 | UInt64(e.target), e.weight))
            if !directed { arcs.append((UInt64(e.target) << 32 | UInt64(e.source), e.weight)) }
        }
        arcs.sort { $0.key < $1.key }
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        var targets: [Int32] = [], weights: [Double] = []
        targets.reserveCapacity(arcs.count); weights.reserveCapacity(arcs.count)
        var merged = 0, last: UInt64 = .max
        for a in arcs {
            if a.key == last { weights[weights.count - 1] += a.weight; merged += 1; continue }
            last = a.key
            targets.append(Int32(truncatingIfNeeded: a.key & 0xFFFF_FFFF))
            weights.append(a.weight)
            offsets[Int(a.key >> 32) + 1] += 1
        }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.edgeCount = directed ? targets.count : targets.count / 2
        self.droppedSelfLoops = loops
        self.mergedDuplicates = directed ? merged : merged / 2
    }

    @inline(__always) public func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

    public func neighbours(_ v: Int) -> ArraySlice<Int32> { targets[offsets[v]..<offsets[v + 1]] }

    public func weightedDegree(_ v: Int) -> Double { weights[offsets[v]..<offsets[v + 1]].reduce(0, +) }

    /// Ties present over ties possible.
    public var density: Double {
        guard nodeCount > 1 else { return 0 }
        let possible = Double(nodeCount) * Double(nodeCount - 1) / (directed ? 1 : 2)
        return Double(edgeCount) / possible
    }

    /// Whether every tie has weight 1 (then weighted and unweighted measures coincide).
    public var isUnweighted: Bool { weights.allSatisfy { $0 == 1 } }
}
