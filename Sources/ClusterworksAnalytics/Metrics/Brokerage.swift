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

    /// Two groups and the actors that broker two-paths between them.
    public struct Bridge: Sendable, Equatable {
        public let groups: (Int, Int)
        public let brokers: [Int]
        /// Whether any tie joins the two groups directly.
        public let directlyTied: Bool
        public static func == (a: Bridge, b: Bridge) -> Bool { a.groups == b.groups && a.brokers == b.brokers && a.directlyTied == b.directlyTied }
    }

    /// Role counts, five per node in the order of `Role.allCases`.
    let table: [Int]
    /// Between which groups brokers stand, when asked for.
    public let bridges: [Bridge]

    /// - Parameter bridges: also list, for each pair of groups, who brokers between them.
    public init(_ g: Graph, groups: [Int], bridges: Bool = false) {
        precondition(groups.count == g.nodeCount)
        let n = g.nodeCount
        var inNeighbours = [[Int32]](repeating: [], count: n)
        for v in 0..<n { for t in g.neighbours(v) { inNeighbours[Int(t)].append(Int32(v)) } }
        var table = [Int](repeating: 0, count: n * 5)
        var tiedFromA = [Bool](repeating: false, count: n)
        var between: [Int64: [Int]] = [:], pairsHere = Set<Int64>()
        for v in 0..<n {
            let outs = g.neighbours(v)
            let gv = groups[v]
            for a32 in inNeighbours[v] {
                let a = Int(a32), ga = groups[a]
                for t in g.neighbours(a) { tiedFromA[Int(t)] = true }
                for b32 in outs {
                    let b = Int(b32)
                    guard b != a, !tiedFromA[b] else { continue }
                    let gb = groups[b]
                    // coordinator 0, itinerant 1, gatekeeper 2, representative 3, liaison 4
                    let role = ga == gv ? (gv == gb ? 0 : 3) : (gv == gb ? 2 : (ga == gb ? 1 : 4))
                    table[v * 5 + role] += 1
                    if bridges && ga != gb { pairsHere.insert(Self.pair(ga, gb)) }
                }
                for t in g.neighbours(a) { tiedFromA[Int(t)] = false }
            }
            for p in pairsHere { between[p, default: []].append(v) }
            pairsHere.removeAll(keepingCapacity: true)
        }
        self.table = table
        self.bridges = bridges ? Self.bridges(between, g, groups) : []
    }

    static func pair(_ x: Int, _ y: Int) -> Int64 { Int64(min(x, y)) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: max(x, y)))) }

    static func bridges(_ between: [Int64: [Int]], _ g: Graph, _ groups: [Int]) -> [Bridge] {
        var tied = Set<Int64>()
        for v in 0..<g.nodeCount { for t in g.neighbours(v) where groups[v] != groups[Int(t)] { tied.insert(pair(groups[v], groups[Int(t)])) } }
        return between.map { key, brokers in
            Bridge(groups: (Int(key >> 32), Int(Int32(truncatingIfNeeded: key))), brokers: brokers, directlyTied: tied.contains(key))
        }.sorted { ($0.brokers.count, -$0.groups.0, -$0.groups.1) > ($1.brokers.count, -$1.groups.0, -$1.groups.1) }
    }

    public func count(_ v: Int, _ role: Role) -> Int { table[v * 5 + Role.allCases.firstIndex(of: role)!] }

    /// A node's roles with their counts (roles it never plays left out).
    public func roles(_ v: Int) -> [Role: Int] {
        var out: [Role: Int] = [:]
        for (k, role) in Role.allCases.enumerated() where table[v * 5 + k] > 0 { out[role] = table[v * 5 + k] }
        return out
    }

    public func total(_ v: Int) -> Int { table[(v * 5)..<(v * 5 + 5)].reduce(0, +) }
}
