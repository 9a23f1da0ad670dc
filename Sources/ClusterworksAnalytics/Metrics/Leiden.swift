/// Communities by the Leiden algorithm (Traag, Waltman and van Eck 2019), optimising modularity:
/// fast local moves from a queue, then a refinement that lets each community split into
/// well-connected parts, so no community comes out disconnected (Louvain's flaw); the refined
/// parts are merged into nodes while the unrefined communities carry over as the next start.
/// Deterministic: nodes in index order, the greedy choice in refinement, ties to the lower index.
public struct Leiden: Sendable {
    public let community: [Int]
    public let modularity: Double
    public var count: Int { (community.max() ?? -1) + 1 }

    typealias Level = Louvain.Level

    public init(_ g: Graph) {
        var level = g.directed ? Louvain.symmetrised(g)
            : Level(offsets: g.offsets, targets: g.targets.map { Int($0) }, weights: g.weights, selfWeight: [Double](repeating: 0, count: g.nodeCount))
        let twoM = level.weights.reduce(0, +) + level.selfWeight.reduce(0, +)
        var nodeAt = Array(0..<g.nodeCount)       // original node → node of the current level
        var partition = Array(0..<level.n)
        while twoM > 0 {
            partition = Self.moveNodes(level, partition, twoM: twoM)
            let communities = Self.compact(partition)
            if communities.count == level.n { partition = communities.labels; break }
            let refined = Self.compact(Self.refine(level, communities.labels, twoM: twoM))
            var start = [Int](repeating: 0, count: refined.count)
            for v in 0..<level.n { start[refined.labels[v]] = communities.labels[v] }
            nodeAt = nodeAt.map { refined.labels[$0] }
            level = Louvain.aggregate(level, refined.labels, refined.count)
            partition = start
        }
        let labels = Self.compact(partition).labels
        community = nodeAt.map { labels[$0] }
        modularity = Louvain.modularity(g, community)
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
    static func moveNodes(_ l: Level, _ start: [Int], twoM: Double) -> [Int] {
        let n = l.n
        var community = start
        let strength = l.strengths
        var total = [Double](repeating: 0, count: n), size = [Int](repeating: 0, count: n)
        for v in 0..<n { total[community[v]] += strength[v]; size[community[v]] += 1 }
        var empty = (0..<n).filter { size[$0] == 0 }
        var weightTo = [Double](repeating: 0, count: n), touched: [Int] = []
        var queue = Array(0..<n), head = 0
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
    static func refine(_ l: Level, _ community: [Int], twoM: Double) -> [Int] {
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
        for v in 0..<n {
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
}
