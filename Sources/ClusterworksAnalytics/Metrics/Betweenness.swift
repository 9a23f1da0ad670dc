import Dispatch

/// Betweenness centrality by Brandes' algorithm, exact. Unweighted ties use breadth-first search;
/// weighted ties are lengths (a higher weight is a longer path), as igraph and networkx read them.
/// Values are raw pair counts like igraph's; for an undirected graph each pair is counted once.
public enum Betweenness {
    public static func compute(_ g: Graph, weighted: Bool = false, threads: Int = 1) -> [Double] {
        let n = g.nodeCount
        let workers = max(1, min(threads, n))
        let partials = Shared([[Double]](repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var acc = [Double](repeating: 0, count: n)
            var state = State(n)
            var s = w
            while s < n {
                if weighted { state.dijkstra(g, from: s) } else { state.bfs(g, from: s) }
                state.accumulate(into: &acc, source: s)
                s += workers
            }
            partials.update { $0[w] = acc }
        }
        var total = [Double](repeating: 0, count: n)
        for p in partials.result { for i in 0..<n { total[i] += p[i] } }
        if !g.directed { for i in 0..<n { total[i] /= 2 } }
        return total
    }

    /// The working arrays of one source's search, reused across sources.
    struct State {
        var sigma: [Double], dist: [Double], delta: [Double]
        var order: [Int32]
        /// Predecessors on shortest paths as a flat list per node, in `predStart[v] ..< predStart[v] + predCount[v]` of `preds`.
        var preds: [Int32], predCount: [Int32]
        var predStart: [Int]
        var queue: [Int32]

        init(_ n: Int) {
            sigma = .init(repeating: 0, count: n); dist = .init(repeating: -1, count: n); delta = .init(repeating: 0, count: n)
            order = []; order.reserveCapacity(n); preds = []; predCount = .init(repeating: 0, count: n)
            predStart = .init(repeating: 0, count: n); queue = .init(repeating: 0, count: n)
        }

        mutating func reset(_ g: Graph) {
            // Only the nodes the last search reached were touched.
            if order.isEmpty {
                for i in 0..<sigma.count { sigma[i] = 0; dist[i] = -1; delta[i] = 0; predCount[i] = 0 }
            } else {
                for v32 in order { let i = Int(v32); sigma[i] = 0; dist[i] = -1; delta[i] = 0; predCount[i] = 0 }
            }
            order.removeAll(keepingCapacity: true)
            // Each node's predecessors fit in its in-degree; for undirected graphs that is its degree.
            if preds.count != g.targets.count {
                preds = .init(repeating: 0, count: g.targets.count)
                var start = 0
                let inDegree = Self.inDegrees(g)
                for v in 0..<g.nodeCount { predStart[v] = start; start += inDegree[v] }
            }
        }

        static func inDegrees(_ g: Graph) -> [Int] {
            if !g.directed { return (0..<g.nodeCount).map { g.degree($0) } }
            var d = [Int](repeating: 0, count: g.nodeCount)
            for t in g.targets { d[Int(t)] += 1 }
            return d
        }

        /// Breadth-first search from s, through raw buffers: this loop is where the time goes.
        mutating func bfs(_ g: Graph, from s: Int) {
            reset(g)
            sigma[s] = 1; dist[s] = 0
            var tail = 1
            queue[0] = Int32(s)
            let n = g.nodeCount
            g.offsets.withUnsafeBufferPointer { off in
            g.targets.withUnsafeBufferPointer { tgt in
            sigma.withUnsafeMutableBufferPointer { sig in
            dist.withUnsafeMutableBufferPointer { dst in
            preds.withUnsafeMutableBufferPointer { prd in
            predCount.withUnsafeMutableBufferPointer { pc in
            predStart.withUnsafeBufferPointer { ps in
            queue.withUnsafeMutableBufferPointer { q in
                var head = 0
                while head < tail {
                    let v = Int(q[head]); head += 1
                    let dv = dst[v] + 1, sv = sig[v]
                    for i in off[v]..<off[v + 1] {
                        let w = Int(tgt[i])
                        if dst[w] < 0 { dst[w] = dv; q[tail] = Int32(w); tail += 1 }
                        if dst[w] == dv {
                            sig[w] += sv
                            prd[ps[w] + Int(pc[w])] = Int32(v); pc[w] += 1
                        }
                    }
                }
                _ = n
            }}}}}}}}
            // The queue holds the nodes in the order they were reached, which `accumulate` walks back.
            order.removeAll(keepingCapacity: true)
            order.append(contentsOf: queue[0..<tail])
        }

        mutating func dijkstra(_ g: Graph, from s: Int) {
            reset(g)
            sigma[s] = 1; dist[s] = 0
            var heap = MinHeap()
            heap.push(0, Int32(s))
            var done = [Bool](repeating: false, count: g.nodeCount)
            while let (d, v32) = heap.pop() {
                let v = Int(v32)
                if done[v] || d > dist[v] { continue }
                done[v] = true
                order.append(v32)
                for i in g.offsets[v]..<g.offsets[v + 1] {
                    let w = Int(g.targets[i]), nd = d + g.weights[i]
                    if dist[w] < 0 || nd < dist[w] - 1e-12 {
                        dist[w] = nd; sigma[w] = sigma[v]; predCount[w] = 0
                        preds[predStart[w]] = Int32(v); predCount[w] = 1
                        heap.push(nd, Int32(w))
                    } else if abs(nd - dist[w]) <= 1e-12 && !done[w] {
                        sigma[w] += sigma[v]
                        preds[predStart[w] + Int(predCount[w])] = Int32(v); predCount[w] += 1
                    }
                }
            }
        }

        mutating func accumulate(into acc: inout [Double], source s: Int) {
            order.withUnsafeBufferPointer { ord in
            sigma.withUnsafeBufferPointer { sig in
            delta.withUnsafeMutableBufferPointer { del in
            preds.withUnsafeBufferPointer { prd in
            predCount.withUnsafeBufferPointer { pc in
            predStart.withUnsafeBufferPointer { ps in
            acc.withUnsafeMutableBufferPointer { out in
                for k in stride(from: ord.count - 1, through: 0, by: -1) {
                    let w = Int(ord[k])
                    let coefficient = (1 + del[w]) / sig[w]
                    let start = ps[w]
                    for j in 0..<Int(pc[w]) {
                        let v = Int(prd[start + j])
                        del[v] += sig[v] * coefficient
                    }
                    if w != s { out[w] += del[w] }
                }
            }}}}}}}
        }
    }
}

/// A binary heap of (distance, node), smallest distance first.
struct MinHeap {
    private var items: [(Double, Int32)] = []
    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ d: Double, _ v: Int32) {
        items.append((d, v))
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if items[p].0 <= items[i].0 { break }
            items.swapAt(p, i); i = p
        }
    }

    mutating func pop() -> (Double, Int32)? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count && items[l].0 < items[m].0 { m = l }
                if r < items.count && items[r].0 < items[m].0 { m = r }
                if m == i { break }
                items.swapAt(i, m); i = m
            }
        }
        return top
    }
}
