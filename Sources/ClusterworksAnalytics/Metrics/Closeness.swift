import Dispatch

/// Closeness centrality: for each node, how near it is to those it can reach. Following networkx
/// (Wasserman and Faust's correction), (r − 1) / Σ distances × (r − 1) / (n − 1), where r counts the
/// nodes reached including itself; 0 for a node that reaches no one. Distances follow out-ties.
public enum Closeness {
    public static func compute(_ g: Graph, threads: Int = 1) -> [Double] {
        let n = g.nodeCount
        let result = Shared([Double](repeating: 0, count: n))
        let workers = max(1, min(threads, n))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var dist = [Int32](repeating: -1, count: n)
            var queue = [Int32](repeating: 0, count: n)
            var local: [(Int, Double)] = []
            var s = w
            while s < n {
                var head = 0, tail = 1, total = 0
                queue[0] = Int32(s); dist[s] = 0
                while head < tail {
                    let v = Int(queue[head]); head += 1
                    let dv = dist[v] + 1
                    for i in g.offsets[v]..<g.offsets[v + 1] {
                        let t = Int(g.targets[i])
                        if dist[t] < 0 { dist[t] = dv; total += Int(dv); queue[tail] = Int32(t); tail += 1 }
                    }
                }
                let reached = tail
                local.append((s, total > 0 && n > 1 ? Double(reached - 1) / Double(total) * Double(reached - 1) / Double(n - 1) : 0))
                for k in 0..<tail { dist[Int(queue[k])] = -1 }
                s += workers
            }
            result.update { r in for (v, c) in local { r[v] = c } }
        }
        return result.result
    }
}
