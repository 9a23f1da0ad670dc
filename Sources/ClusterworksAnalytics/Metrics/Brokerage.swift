/// Gould and Fernandez's brokerage roles: each open two-path a → v → b (a and b distinct, no tie
/// from a to b) makes v a broker, of a kind given by the groups of the three (a stage of the value
/// chain, say). Undirected ties count both ways. As in statnet's `brokerage`.
public struct Brokerage: Sendable, Equatable {
    public enum Role: String, CaseIterable, Sendable {
        /// All three in one group.
        case coordinator
        /// a and b in one group, the broker outside it.
        case itinerant
        /// The broker in b's group, a outside: it lets outsiders in.
        case gatekeeper
        /// The broker in a's group, b outside: it speaks for its group.
        case representative
        /// All three in different groups.
        case liaison
    }

    /// For each node, how many two-paths it brokers in each role.
    public let counts: [[Role: Int]]

    public init(_ g: Graph, groups: [Int]) {
        precondition(groups.count == g.nodeCount)
        let n = g.nodeCount
        var inNeighbours = [[Int32]](repeating: [], count: n)
        for v in 0..<n { for t in g.neighbours(v) { inNeighbours[Int(t)].append(Int32(v)) } }
        var counts = [[Role: Int]](repeating: [:], count: n)
        var tiedFromA = [Bool](repeating: false, count: n)
        for v in 0..<n {
            let outs = g.neighbours(v)
            for a32 in inNeighbours[v] {
                let a = Int(a32)
                for t in g.neighbours(a) { tiedFromA[Int(t)] = true }
                for b32 in outs {
                    let b = Int(b32)
                    guard b != a, !tiedFromA[b] else { continue }
                    let role: Role
                    switch (groups[a] == groups[v], groups[v] == groups[b], groups[a] == groups[b]) {
                    case (true, true, _): role = .coordinator
                    case (false, false, true): role = .itinerant
                    case (false, true, _): role = .gatekeeper
                    case (true, false, _): role = .representative
                    default: role = .liaison
                    }
                    counts[v][role, default: 0] += 1
                }
                for t in g.neighbours(a) { tiedFromA[Int(t)] = false }
            }
        }
        self.counts = counts
    }

    public func total(_ v: Int) -> Int { counts[v].values.reduce(0, +) }
}
