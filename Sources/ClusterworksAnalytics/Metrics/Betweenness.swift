import Dispatch

/// Betweenness centrality by Brandes' algorithm, exact. Unweighted ties use breadth-first search;
/// weighted ties are lengths (a higher weight is a longer path), as igraph and networkx read them.
/// Values are raw pair counts like igraph's; for an undirected graph each pair is counted once.
public enum Betweenness {
    /// - Parameter buckets: whole-number weights (tie strengths 1–5, say) are searched with a bucket
    ///   queue instead of a heap; `false` forces the heap, to compare.
    public static func compute(_ g: Graph, weighted: Bool = false, threads: Int = 1, buckets: Bool = true) -> [Double] {
        let n = g.nodeCount
        let widest = buckets && weighted ? Self.wholeWeightLimit(g) : nil
        let workers = max(1, min(threads, n))
        let partials = Shared([[Double]](repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var acc = [Double](repeating: 0, count: n)
            var state = State(n)
            var s = w
            while s < n {
                if let widest { state.dial(g, from: s, widest: widest) } else if weighted { state.dijkstra(g, from: s) } else { state.bfs(g, from: s) }
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

    /// The largest weight when every weight is a whole number from 1 to 1,000 (else nil).
    static func wholeWeightLimit(_ g: Graph) -> Int? {
        var widest = 0.0
        for w in g.weights {
            guard w >= 1, w <= 1_000, w == w.rounded() else { return nil }
            widest = max(widest, w)
        }
        return Int(widest)
    }

    /// The working arrays of one source's search, reused across sources.
    struct State {
        var sigma: [Double], dist: [Double], delta: [Double]
        var order: [Int32]
        /// Predecessors on shortest paths as a flat list per node, in `predStart[v] ..< predStart[v] + predCount[v]` of `preds`.
        var preds: [Int32], predCount: [Int32]
        var predStart: [Int]
        var queue: [Int32]
        var done: [Bool] = [], heapKey: [Double] = [], heapNode: [Int32] = []
        var ring: [[Int32]] = []

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

        /// Dijkstra from s with a lazy binary heap kept between sources; raw buffers in the loop.
        mutating func dijkstra(_ g: Graph, from s: Int) {
            if done.count != g.nodeCount { done = .init(repeating: false, count: g.nodeCount) }
            for v in order { done[Int(v)] = false }
            reset(g)
            // Each relaxation pushes at most one entry: the heap never holds more than the ties + 1.
            if heapKey.count < g.targets.count + 1 {
                heapKey = .init(repeating: 0, count: g.targets.count + 1); heapNode = .init(repeating: 0, count: g.targets.count + 1)
            }
            sigma[s] = 1; dist[s] = 0
            var finished = 0
            g.offsets.withUnsafeBufferPointer { off in
            g.targets.withUnsafeBufferPointer { tgt in
            g.weights.withUnsafeBufferPointer { wt in
            sigma.withUnsafeMutableBufferPointer { sig in
            dist.withUnsafeMutableBufferPointer { dst in
            preds.withUnsafeMutableBufferPointer { prd in
            predCount.withUnsafeMutableBufferPointer { pc in
            predStart.withUnsafeBufferPointer { ps in
            done.withUnsafeMutableBufferPointer { fin in
            queue.withUnsafeMutableBufferPointer { ord in
            heapKey.withUnsafeMutableBufferPointer { hk in
            heapNode.withUnsafeMutableBufferPointer { hn in
                var heap = BinaryHeap(keys: hk.baseAddress!, nodes: hn.baseAddress!)
                heap.push(0, Int32(s))
                while heap.count > 0 {
                    let (d, v32) = heap.pop()
                    let v = Int(v32)
                    if fin[v] || d > dst[v] { continue }
                    fin[v] = true
                    ord[finished] = v32; finished += 1
                    let sv = sig[v]
                    for i in off[v]..<off[v + 1] {
                        let w = Int(tgt[i]), nd = d + wt[i], dw = dst[w]
                        if dw < 0 || nd < dw - 1e-12 {
                            dst[w] = nd; sig[w] = sv
                            prd[ps[w]] = v32; pc[w] = 1
                            heap.push(nd, Int32(w))
                        } else if !fin[w] && abs(nd - dw) <= 1e-12 {
                            sig[w] += sv
                            prd[ps[w] + Int(pc[w])] = v32; pc[w] += 1
                        }
                    }
                }
            }}}}}}}}}}}}
            order.append(contentsOf: queue[0..<finished])
        }

        /// Dial's algorithm: with whole-number weights up to `widest`, the tentative distances
        /// pending at any time span at most widest + 1 values, so a ring of that many buckets
        /// replaces the heap. Nodes leave in order of distance, as Brandes needs. The loop repeats
        /// `dijkstra`'s on purpose: one generic loop over both queues measured 60 % slower here.
        mutating func dial(_ g: Graph, from s: Int, widest: Int) {
            if done.count != g.nodeCount { done = .init(repeating: false, count: g.nodeCount) }
            for v in order { done[Int(v)] = false }
            reset(g)
            if ring.count != widest + 1 { ring = .init(repeating: [], count: widest + 1) }
            sigma[s] = 1; dist[s] = 0
            ring[0].append(Int32(s))
            var pending = 1, current = 0, finished = 0
            let size = widest + 1
            g.offsets.withUnsafeBufferPointer { off in
            g.targets.withUnsafeBufferPointer { tgt in
            g.weights.withUnsafeBufferPointer { wt in
            sigma.withUnsafeMutableBufferPointer { sig in
            dist.withUnsafeMutableBufferPointer { dst in
            preds.withUnsafeMutableBufferPointer { prd in
            predCount.withUnsafeMutableBufferPointer { pc in
            predStart.withUnsafeBufferPointer { ps in
            done.withUnsafeMutableBufferPointer { fin in
            queue.withUnsafeMutableBufferPointer { ord in
                while pending > 0 {
                    let slot = current % size
                    while let v32 = ring[slot].popLast() {
                        pending -= 1
                        let v = Int(v32)
                        if fin[v] || dst[v] != Double(current) { continue }
                        fin[v] = true
                        ord[finished] = v32; finished += 1
                        let sv = sig[v], d = dst[v]
                        for i in off[v]..<off[v + 1] {
                            let w = Int(tgt[i]), nd = d + wt[i], dw = dst[w]
                            if dw < 0 || nd < dw {
                                dst[w] = nd; sig[w] = sv
                                prd[ps[w]] = v32; pc[w] = 1
                                ring[Int(nd) % size].append(Int32(w)); pending += 1
                            } else if nd == dw && !fin[w] {
                                sig[w] += sv
                                prd[ps[w] + Int(pc[w])] = v32; pc[w] += 1
                            }
                        }
                    }
                    current += 1
                }
            }}}}}}}}}}
            order.append(contentsOf: queue[0..<finished])
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

/// A binary heap of (distance, node), smallest distance first, on storage its owner keeps:
/// keys and nodes in two arrays, entries moved by holes rather than swaps.
struct BinaryHeap {
    let keys: UnsafeMutablePointer<Double>
    let nodes: UnsafeMutablePointer<Int32>
    var count = 0

    init(keys: UnsafeMutablePointer<Double>, nodes: UnsafeMutablePointer<Int32>) { self.keys = keys; self.nodes = nodes }

    @inline(__always) mutating func push(_ d: Double, _ v: Int32) {
        var i = count
        count += 1
        while i > 0 {
            let p = (i - 1) >> 1
            if keys[p] <= d { break }
            keys[i] = keys[p]; nodes[i] = nodes[p]; i = p
        }
        keys[i] = d; nodes[i] = v
    }

    @inline(__always) mutating func pop() -> (Double, Int32) {
        let top = (keys[0], nodes[0])
        count -= 1
        let (d, v) = (keys[count], nodes[count])
        var i = 0
        while true {
            let l = 2 * i + 1
            if l >= count { break }
            let m = l + 1 < count && keys[l + 1] < keys[l] ? l + 1 : l
            if keys[m] >= d { break }
            keys[i] = keys[m]; nodes[i] = nodes[m]; i = m
        }
        keys[i] = d; nodes[i] = v
        return top
    }
}
