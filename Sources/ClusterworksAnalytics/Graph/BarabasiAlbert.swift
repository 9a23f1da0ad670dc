/// A seeded hub-heavy graph by preferential attachment (Barabási–Albert): each new actor ties to
/// `perNode` distinct earlier actors, each chosen with odds of its ties plus one. The tests and
/// benchmarks use it because a few hubs with most ties is where community methods part ways.
public enum BarabasiAlbert {
    public static func edges(nodes: Int, perNode m: Int, seed: UInt64) -> [Graph.Edge] {
        var state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed
        func below(_ n: Int) -> Int {   // xorshift64*, the same sequence on every machine
            state ^= state >> 12; state ^= state << 25; state ^= state >> 27
            return Int((state &* 2_685_821_657_736_338_717) % UInt64(n))
        }
        // Each actor once (the "plus one") and once more per tie end: a uniform pick is preferential.
        var bag: [Int] = [], edges: [Graph.Edge] = [], chosen: [Int] = []
        bag.reserveCapacity(nodes * (2 * m + 1)); edges.reserveCapacity(nodes * m)
        for v in 0..<nodes {
            chosen.removeAll(keepingCapacity: true)
            while chosen.count < min(m, v) {
                let u = bag[below(bag.count)]
                if !chosen.contains(u) { chosen.append(u) }
            }
            for u in chosen { edges.append(.init(v, u)); bag.append(u); bag.append(v) }
            bag.append(v)
        }
        return edges
    }
}
