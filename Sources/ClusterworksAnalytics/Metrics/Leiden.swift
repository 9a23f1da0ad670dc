/// Communities by the Leiden algorithm (Traag, Waltman and van Eck 2019), optimising modularity:
/// fast local moves from a queue, then a refinement that lets each community split into
/// well-connected parts, so no community comes out disconnected (Louvain's flaw); the refined
/// parts are merged into nodes while the unrefined communities carry over as the next start.
/// Passes repeat from the last partition until one finds nothing better (igraph's `n_iterations=-1`).
/// Deterministic: nodes are visited in seeded random orders, the refinement's choice is greedy,
/// ties go to the lower index.
public struct Leiden: Sendable {
    public let community: [Int]
    public let modularity: Double
    public var count: Int { (community.max() ?? -1) + 1 }

    typealias Level = Louvain.Level

    public init(_ g: Graph) {
        let base = g.directed ? Louvain.symmetrised(g)
            : Level(offsets: g.offsets, targets: g.targets.map { Int($0) }, weights: g.weights, selfWeight: [Double](repeating: 0, count: g.nodeCount))
        let twoM = base.weights.reduce(0, +) + base.selfWeight.reduce(0, +)
        // One pass stops when no level can merge further; passes restarted from the last partition
        // keep finding better ones on hub-heavy graphs, so they repeat until nothing changes.
        var best = Array(0..<g.nodeCount), bestQ = Louvain.modularity(g, best)
        var order = NodeOrder(seed: 0x5EED)
        for _ in 0..<Self.maxPasses where twoM > 0 {
            let next = Self.pass(base, start: best, twoM: twoM, order: &order)
            let q = Louvain.modularity(g, next)
            guard next != best, q > bestQ + 1e-12 else { break }
            (best, bestQ) = (next, q)
        }
        community = best
        modularity = bestQ
    }

    /// A bound on restarts, so the time stays bounded: each pass costs about one Louvain run, and on
    /// hub-heavy graphs of 50,000 actors the gains are still 1e-5 a pass when it is reached.
    static let maxPasses = 100

    /// One run of the algorithm from a partition of the base graph, down to the level where every
    /// node stays apart; the communities found, numbered in order of first appearance.
    static func pass(_ base: Level, start: [Int], twoM: Double, order: inout NodeOrder) -> [Int] {
        var level = base
        var nodeAt = Array(0..<base.n)       // base node → node of the current level
        var partition = start
        while true {
            partition = Self.moveNodes(level, partition, twoM: twoM, order: order.shuffled(level.n))
            let communities = Self.compact(partition)
            if communities.count == level.n { partition = communities.labels; break }
            var refined = Self.compact(Self.refine(level, communities.labels, twoM: twoM, order: order.shuffled(level.n)))
            // A refinement that merged nothing would aggregate to the same graph forever: as igraph
            // does, the level then merges by the communities themselves.
            if refined.count == level.n { refined = communities }
            var next = [Int](repeating: 0, count: refined.count)
            for v in 0..<level.n { next[refined.labels[v]] = communities.labels[v] }
            nodeAt = nodeAt.map { refined.labels[$0] }
            level = Louvain.aggregate(level, refined.labels, refined.count)
            partition = next
        }
        return Self.compact(nodeAt.map { partition[$0] }).labels
    }

    /// Labels renumbered 0..<count in order of first appearance.
    static func compact(_ labels: [Int]) -> (labels: [Int], count: Int) {
        var number = [Int](repeating: -1, count: (labels.max() ?? -1) + 1), next = 0
        let out = labels.map { c -> Int in
            if number[c] < 0 { number[c] = next; next += 1 }
            return number[c]
        }
        return (out, next)
    }

    /// Fast local moving: every node once from a queue; a node that moves puts its neighbours
    /// outside its new community back in the queue. A node may also leave for an empty community.
    static func moveNodes(_ l: Level, _ start: [Int], twoM: Double, order: [Int]) -> [Int] {
        let n = l.n
        var community = start
        let strength = l.strengths
        var total = [Double](repeating: 0, count: n), size = [Int](repeating: 0, count: n)
        for v in 0..<n { total[community[v]] += strength[v]; size[community[v]] += 1 }
        var empty = (0..<n).filter { size[$0] == 0 }
        var weightTo = [Double](repeating: 0, count: n), touched: [Int] = []
        var queue = order, head = 0
        var queued = [Bool](repeating: true, count: n)
        while head < queue.count {
            let v = queue[head]; head += 1; queued[v] = false
            if head > 4096 && head * 2 > queue.count { queue.removeFirst(head); head = 0 }
            let own = community[v], k = strength[v]
            l.gather(v, community, into: &weightTo, touched: &touched)
            total[own] -= k; size[own] -= 1
            var best = own, bestGain = weightTo[own] - total[own] * k / twoM
            for c in touched where c != own {
                let gain = weightTo[c] - total[c] * k / twoM
                if gain > bestGain + 1e-12 || (abs(gain - bestGain) <= 1e-12 && best != own && c < best) { best = c; bestGain = gain }
            }
            // Alone, a node gains nothing and loses nothing: better than a community it pulls down.
            if bestGain < -1e-12 && size[own] > 0, let free = empty.popLast() { best = free }
            if size[own] == 0 && best != own { empty.append(own) }
            total[best] += k; size[best] += 1
            for c in touched { weightTo[c] = 0 }
            weightTo[own] = 0
            guard best != own else { continue }
            community[v] = best
            for i in l.offsets[v]..<l.offsets[v + 1] {
                let u = l.targets[i]
                if !queued[u] && community[u] != best { queued[u] = true; queue.append(u) }
            }
        }
        return community
    }

    /// Inside each community, nodes start alone; a node well connected to its community joins the
    /// well-connected part of it that raises modularity most, if any does. Parts never cross
    /// community borders, and each stays connected.
    static func refine(_ l: Level, _ community: [Int], twoM: Double, order: [Int]) -> [Int] {
        let n = l.n
        let strength = l.strengths
        var communityTotal = [Double](repeating: 0, count: n)
        for v in 0..<n { communityTotal[community[v]] += strength[v] }
        // Each node's weight to the rest of its community; then each part's.
        var outside = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for i in l.offsets[v]..<l.offsets[v + 1] where community[l.targets[i]] == community[v] { outside[v] += l.weights[i] }
        }
        var part = Array(0..<n), partTotal = strength, partSize = [Int](repeating: 1, count: n)
        var partOutside = outside
        var weightTo = [Double](repeating: 0, count: n), touched: [Int] = []
        for v in order {
            let c = community[v], k = strength[v], kC = communityTotal[c]
            guard partSize[part[v]] == 1, outside[v] >= k * (kC - k) / twoM else { continue }
            touched.removeAll(keepingCapacity: true)
            for i in l.offsets[v]..<l.offsets[v + 1] {
                let u = l.targets[i]
                guard community[u] == c, part[u] != part[v] else { continue }
                if weightTo[part[u]] == 0 { touched.append(part[u]) }
                weightTo[part[u]] += l.weights[i]
            }
            var best = -1, bestGain = 0.0
            for r in touched where partOutside[r] >= partTotal[r] * (kC - partTotal[r]) / twoM {
                let gain = weightTo[r] - partTotal[r] * k / twoM
                if gain > bestGain + 1e-12 || (best >= 0 && abs(gain - bestGain) <= 1e-12 && r < best) { best = r; bestGain = gain }
            }
            if best >= 0 {
                partOutside[best] += outside[v] - 2 * weightTo[best]
                partTotal[best] += k; partSize[best] += 1; partSize[part[v]] = 0
                part[v] = best
            }
            for r in touched { weightTo[r] = 0 }
        }
        return part
    }

    /// Seeded orders of visit (xorshift64*): the same graph gives the same communities every time,
    /// while each pass visits nodes in a new order, as the method's random order intends.
    struct NodeOrder {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func shuffled(_ n: Int) -> [Int] {
            var order = Array(0..<n)
            for i in stride(from: n - 1, to: 0, by: -1) {
                state ^= state >> 12; state ^= state << 25; state ^= state >> 27
                order.swapAt(i, Int((state &* 2_685_821_657_736_338_717) % UInt64(i + 1)))
            }
            return order
        }
    }
}
