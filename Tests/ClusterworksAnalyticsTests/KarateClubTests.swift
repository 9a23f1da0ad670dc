import Foundation
@testable import ClusterworksAnalytics
import Testing

/// Zachary's karate club, whose measures networkx 3.6.1 gives (the expected values below were
/// computed with it on the same edge list, rounded to six places).
enum KarateClub {
    static let edges: [(Int, Int)] = [(0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (0, 10), (0, 11), (0, 12), (0, 13), (0, 17), (0, 19), (0, 21), (0, 31), (1, 2), (1, 3), (1, 7), (1, 13), (1, 17), (1, 19), (1, 21), (1, 30), (2, 3), (2, 7), (2, 8), (2, 9), (2, 13), (2, 27), (2, 28), (2, 32), (3, 7), (3, 12), (3, 13), (4, 6), (4, 10), (5, 6), (5, 10), (5, 16), (6, 16), (8, 30), (8, 32), (8, 33), (9, 33), (13, 33), (19, 33), (23, 25), (23, 29), (25, 24), (27, 23), (27, 24), (27, 33), (28, 33), (29, 26), (30, 32), (30, 33), (31, 24), (31, 25), (31, 28), (31, 32), (31, 33), (32, 14), (32, 15), (32, 18), (32, 20), (32, 22), (32, 23), (32, 29), (32, 33), (33, 14), (33, 15), (33, 18), (33, 20), (33, 22), (33, 23), (33, 26), (33, 29)]
    static var graph: Graph { Graph(nodeCount: 34, edges: edges.map { Graph.Edge($0.0, $0.1) }) }

    static let betweenness: [Double] = [231.071429, 28.478571, 75.850794, 6.288095, 0.333333, 15.833333, 15.833333, 0.0, 29.529365, 0.447619, 0.333333, 0.0, 0.0, 24.215873, 0.0, 0.0, 0.0, 0.0, 0.0, 17.146825, 0.0, 0.0, 0.0, 9.3, 1.166667, 2.027778, 0.0, 11.792063, 0.947619, 1.542857, 7.609524, 73.009524, 76.690476, 160.551587]
    static let closeness: [Double] = [0.568966, 0.485294, 0.559322, 0.464789, 0.37931, 0.383721, 0.383721, 0.44, 0.515625, 0.434211, 0.37931, 0.366667, 0.370787, 0.515625, 0.370787, 0.370787, 0.284483, 0.375, 0.370787, 0.5, 0.370787, 0.375, 0.370787, 0.392857, 0.375, 0.375, 0.362637, 0.458333, 0.452055, 0.383721, 0.458333, 0.540984, 0.515625, 0.55]
    static let clustering: [Double] = [0.15, 0.333333, 0.244444, 0.666667, 0.666667, 0.5, 0.5, 1.0, 0.5, 0, 0.666667, 0, 1.0, 0.6, 1.0, 1.0, 1.0, 1.0, 1.0, 0.333333, 1.0, 1.0, 1.0, 0.4, 0.333333, 0.333333, 1.0, 0.166667, 0.333333, 0.666667, 0.5, 0.2, 0.19697, 0.110294]
    static let core = [4, 4, 4, 4, 3, 3, 3, 4, 4, 2, 3, 1, 2, 4, 2, 2, 2, 2, 2, 3, 2, 2, 2, 3, 3, 3, 2, 3, 3, 3, 4, 3, 4, 4]
    static let pagerank: [Double] = [0.09699729, 0.05287692, 0.05707851, 0.03585986, 0.02197795, 0.02911115, 0.02911115, 0.0244905, 0.02976606, 0.0143094, 0.02197795, 0.00956475, 0.01464489, 0.02953646, 0.01453599, 0.01453599, 0.01678401, 0.01455868, 0.01453599, 0.01960464, 0.01453599, 0.01455868, 0.01453599, 0.03152251, 0.02107603, 0.0210062, 0.01504404, 0.02563977, 0.01957346, 0.02628854, 0.02459016, 0.03715809, 0.07169323, 0.10091918]
    static let constraint: [Double] = [0.155423, 0.279535, 0.185177, 0.39666, 0.529417, 0.477485, 0.477485, 0.442712, 0.303601, 0.5, 0.529417, 1.0, 0.622504, 0.323335, 0.57368, 0.57368, 0.78125, 0.590869, 0.57368, 0.373719, 0.57368, 0.590869, 0.57368, 0.305824, 0.459877, 0.459877, 0.670902, 0.285069, 0.386913, 0.449409, 0.346006, 0.244575, 0.249223, 0.156419]
    static let effectiveSize: [Double] = [13.75, 6.333333, 7.8, 2.666667, 1.666667, 2.5, 2.5, 1.0, 3.0, 2.0, 1.666667, 1.0, 1.0, 2.6, 1.0, 1.0, 1.0, 1.0, 1.0, 2.333333, 1.0, 1.0, 1.0, 3.4, 2.333333, 2.333333, 1.0, 3.5, 2.333333, 2.0, 2.5, 5.0, 9.833333, 15.235294]
}

func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-6) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
}

@Suite("Actor-network measures agree with networkx on the karate club")
struct KarateClubTests {
    let g = KarateClub.graph

    @Test("degree, density and components")
    func basics() {
        #expect(g.edgeCount == 78 && g.degree(0) == 16 && g.degree(33) == 17)
        #expect(abs(g.density - 0.13903743315508021) < 1e-12)
        #expect(Components(g).count == 1)
    }

    @Test("exact betweenness, on one thread and on two")
    func betweenness() {
        #expect(close(Betweenness.compute(g), KarateClub.betweenness, 1e-5))
        #expect(close(Betweenness.compute(g, threads: 2), KarateClub.betweenness, 1e-5))
        // With every weight 1, weighted betweenness is the same.
        #expect(close(Betweenness.compute(g, weighted: true), KarateClub.betweenness, 1e-5))
    }

    @Test("closeness, clustering, transitivity, k-core, PageRank")
    func others() {
        #expect(close(Closeness.compute(g), KarateClub.closeness, 1e-5))
        #expect(close(Closeness.compute(g, threads: 2), KarateClub.closeness, 1e-5))
        let c = Clustering(g)
        #expect(close(c.local, KarateClub.clustering, 1e-5))
        #expect(abs(c.transitivity - 0.255681818) < 1e-8)
        #expect(KCore.compute(g) == KarateClub.core)
        #expect(close(PageRank.compute(g), KarateClub.pagerank, 1e-7))
    }

    @Test("Burt's constraint and effective size")
    func structuralHoles() {
        let h = StructuralHoles(g)
        #expect(close(h.constraint, KarateClub.constraint, 1e-5))
        #expect(close(h.effectiveSize, KarateClub.effectiveSize, 1e-5))
    }
}

@Suite("Untidy ties")
struct GraphInputTests {
    @Test("self-loops are dropped and repeated ties merged by summing their weights")
    func rules() {
        let g = Graph(nodeCount: 3, edges: [.init(0, 1, 2), .init(1, 0, 3), .init(2, 2), .init(1, 2)])
        #expect(g.edgeCount == 2 && g.droppedSelfLoops == 1 && g.mergedDuplicates == 1)
        #expect(g.weightedDegree(0) == 5)
        let d = Graph(nodeCount: 3, edges: [.init(0, 1), .init(1, 0)], directed: true)
        #expect(d.edgeCount == 2 && d.mergedDuplicates == 0)
    }

    @Test("weighted betweenness takes weights as lengths: the long direct tie is avoided")
    func weightedPaths() {
        // 0–2 directly costs 5; through 1 it costs 2, so 1 lies on the shortest path.
        let g = Graph(nodeCount: 3, edges: [.init(0, 2, 5), .init(0, 1, 1), .init(1, 2, 1)])
        #expect(Betweenness.compute(g, weighted: true) == [0, 1, 0])
        #expect(Betweenness.compute(g, weighted: true, buckets: false) == [0, 1, 0])
        #expect(Betweenness.compute(g) == [0, 0, 0])
    }

    @Test("given whole-number tie strengths, the bucket search finds the same betweenness as the heap, also with ties of equal length")
    func bucketsAgreeWithHeap() {
        var state: UInt64 = 7
        func below(_ n: Int) -> Int { state ^= state >> 12; state ^= state << 25; state ^= state >> 27; return Int((state &* 2685821657736338717) % UInt64(n)) }
        let edges = (0..<1_500).map { _ in Graph.Edge(below(300), below(300), Double(1 + below(5))) }
        let g = Graph(nodeCount: 300, edges: edges)
        let (buckets, heap) = (Betweenness.compute(g, weighted: true, threads: 2), Betweenness.compute(g, weighted: true, buckets: false))
        #expect(zip(buckets, heap).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, $1) })
        #expect(heap.reduce(0, +) > 0)
        // Non-whole weights always take the heap.
        #expect(Betweenness.wholeWeightLimit(Graph(nodeCount: 2, edges: [.init(0, 1, 1.5)])) == nil)
    }

    @Test("isolated actors and several components are found")
    func components() {
        let g = Graph(nodeCount: 5, edges: [.init(0, 1), .init(2, 3)])
        let c = Components(g)
        #expect(c.count == 3 && c.sizes == [2, 2, 1] && c.label == [0, 0, 1, 1, 2])
        #expect(Components.isolated(g) == [4])
        // In a directed graph, an actor others send ties to is not isolated.
        #expect(Components.isolated(Graph(nodeCount: 3, edges: [.init(0, 1)], directed: true)) == [2])
    }
}

@Suite("Eigenvector centrality and brokerage")
struct MoreMeasuresTests {
    @Test("eigenvector centrality equals networkx's on the karate club")
    func eigenvector() {
        let expected: [Double] = [0.355491, 0.26596, 0.317193, 0.21118, 0.075969, 0.079483, 0.079483, 0.17096, 0.227404, 0.102674, 0.075969, 0.052856, 0.084255, 0.226473, 0.101403, 0.101403, 0.023636, 0.0924, 0.101403, 0.147913, 0.101403, 0.0924, 0.101403, 0.150119, 0.057052, 0.059206, 0.075579, 0.133477, 0.131078, 0.134961, 0.174758, 0.191034, 0.308644, 0.373363]
        #expect(close(Eigenvector.compute(KarateClub.graph), expected, 1e-5))
    }

    @Test("given a dyer between a spinner and an exporter, the groups decide the brokerage role")
    func roles() {
        let path = Graph(nodeCount: 3, edges: [.init(0, 1), .init(1, 2)], directed: true)
        let cases: [([Int], Brokerage.Role)] = [([0, 0, 0], .coordinator), ([0, 1, 0], .itinerant), ([0, 1, 1], .gatekeeper),
                                                ([0, 0, 1], .representative), ([0, 1, 2], .liaison)]
        for (groups, role) in cases {
            #expect(Brokerage(path, groups: groups).roles(1) == [role: 1], "\(groups)")
        }
        let closed = Graph(nodeCount: 3, edges: [.init(0, 1), .init(1, 2), .init(0, 2)], directed: true)
        #expect(Brokerage(closed, groups: [0, 1, 2]).total(1) == 0)
        let undirected = Graph(nodeCount: 3, edges: [.init(0, 1), .init(1, 2)])
        #expect(Brokerage(undirected, groups: [0, 1, 2]).roles(1) == [.liaison: 2])
    }

    @Test("given printers tied to exporters only through finishing units, those units are the bridge and the report says so")
    func bridges() throws {
        // Printers 0 and 1, finishers 2 and 3, exporter 4.
        let g = Graph(nodeCount: 5, edges: [.init(0, 2), .init(1, 2), .init(1, 3), .init(2, 4), .init(3, 4)])
        let bridge = try #require(Brokerage(g, groups: [0, 0, 1, 1, 2], bridges: true).bridges.first { $0.groups == (0, 2) })
        #expect(bridge.brokers == [2, 3] && !bridge.directlyTied)
        let input = try NetworkInput(nodes: Data("id,group\nP1,1. Printing\nP2,1. Printing\nF1,2. Finishing\nF2,2. Finishing\nX,3. Export\n".utf8),
                                     edges: Data("source,target\nP1,F1\nP2,F1\nP2,F2\nF1,X\nF2,X\n".utf8), directed: false)
        #expect(NetworkReport(input).findings.contains("1. Printing reach 3. Export only through 2 actors: F1, F2."))
    }
}

@Suite("Reading nodes and edges files")
struct NetworkInputTests {
    func data(_ s: String) -> Data { Data(s.utf8) }

    @Test("quoted values, CRLF lines and optional columns are read; duplicates merged, self-loops dropped")
    func reads() throws {
        let input = try NetworkInput(nodes: data("id,group,kind\r\n\"Dyer, Bagru\",dyeing,enterprise\r\nCALICO,,institution\r\nP3,printing,enterprise\r\n"),
                                     edges: data("source,target,weight\n\"Dyer, Bagru\",CALICO,2\nCALICO,\"Dyer, Bagru\",1\nP3,P3,1\nP3,CALICO,\n"),
                                     directed: false)
        #expect(input.ids == ["Dyer, Bagru", "CALICO", "P3"])
        #expect(input.groups == ["dyeing", nil, "printing"])
        #expect(input.graph.edgeCount == 2 && input.graph.weightedDegree(0) == 3 && input.graph.droppedSelfLoops == 1)
    }

    @Test("every bad input names its line and column")
    func problems() {
        func problem(_ nodes: String, _ edges: String) -> CSVTable.Problem? {
            do { _ = try NetworkInput(nodes: data(nodes), edges: data(edges), directed: false); return nil }
            catch let p as CSVTable.Problem { return p } catch { return nil }
        }
        #expect(problem("", "source,target\n") == .init(line: 1, column: nil, message: "the file is empty"))
        #expect(problem("name\nA\n", "source,target\n")?.column == "id")
        #expect(problem("id\nA\nA\n", "source,target\n") == .init(line: 3, column: "id", message: "\"A\" is listed twice"))
        #expect(problem("id\nA\nB\n", "source,target\nA,C\n") == .init(line: 2, column: "target", message: "\"C\" is not in the nodes file"))
        #expect(problem("id\nA\nB\n", "source,target,weight\nA,B,heavy\n")?.column == "weight")
        #expect(problem("id\nA\nB\n", "source,target,weight\nA,B,-1\n")?.line == 2)
        #expect(problem("id\nA\nB\n", "source,target\nA,B,extra\n")?.line == 2)
        #expect(problem("id\n\"A\n", "source,target\n")?.message == "a quoted value is not closed")
    }
}

@Suite("Communities")
struct LouvainTests {
    @Test("modularity of the club's real split equals networkx's")
    func modularityOfTheSplit() {
        let split = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
        #expect(abs(Louvain.modularity(KarateClub.graph, split) - 0.3582347140039447) < 1e-9)
    }

    @Test("Louvain finds communities whose modularity is within 0.005 of igraph's 0.4198")
    func louvain() {
        let l = Louvain(KarateClub.graph)
        #expect(abs(l.modularity - 0.41978961209730437) < 0.005)
        #expect(abs(Louvain.modularity(KarateClub.graph, l.community) - l.modularity) < 1e-12)
        #expect((3...6).contains(l.count))
    }

    @Test("two cliques joined by one tie fall apart into two communities")
    func cliques() {
        var edges: [Graph.Edge] = []
        for a in 0..<5 { for b in (a + 1)..<5 { edges.append(.init(a, b)); edges.append(.init(a + 5, b + 5)) } }
        edges.append(.init(0, 5))
        let l = Louvain(Graph(nodeCount: 10, edges: edges))
        #expect(l.count == 2 && Set(l.community[0..<5]).count == 1 && l.community[0] != l.community[5])
        let leiden = Leiden(Graph(nodeCount: 10, edges: edges))
        #expect(leiden.community == l.community)
    }

    /// Whether every community's members reach each other through ties inside it.
    func connected(_ g: Graph, _ community: [Int]) -> Bool {
        var seen = [Bool](repeating: false, count: g.nodeCount)
        var starts = Set<Int>()
        for v in 0..<g.nodeCount where !seen[v] {
            guard starts.insert(community[v]).inserted else { return false }
            var stack = [v]; seen[v] = true
            while let u = stack.popLast() {
                for t in g.neighbours(u) where !seen[Int(t)] && community[Int(t)] == community[u] { seen[Int(t)] = true; stack.append(Int(t)) }
            }
        }
        return true
    }

    @Test("Leiden finds connected communities on the club, with modularity within 0.005 of igraph's best 0.4198")
    func leiden() {
        let l = Leiden(KarateClub.graph)
        #expect(abs(l.modularity - 0.41978961209730437) < 0.005)
        #expect(l.modularity >= Louvain(KarateClub.graph).modularity - 1e-12)
        #expect(connected(KarateClub.graph, l.community))
    }

    @Test("given 2,000 actors in communities of 100 with one tie in five across, Leiden's communities are all connected")
    func leidenConnected() {
        var state: UInt64 = 99
        func below(_ n: Int) -> Int { state ^= state >> 12; state ^= state << 25; state ^= state >> 27; return Int((state &* 2685821657736338717) % UInt64(n)) }
        var edges: [Graph.Edge] = []
        while edges.count < 10_000 {
            let a = below(2_000), b = below(5) < 4 ? (a / 100) * 100 + below(100) : below(2_000)
            if a != b { edges.append(.init(a, b)) }
        }
        let g = Graph(nodeCount: 2_000, edges: edges)
        let (leiden, louvain) = (Leiden(g), Louvain(g))
        #expect(connected(g, leiden.community))
        #expect(leiden.modularity > louvain.modularity - 0.005)
        #expect(abs(Louvain.modularity(g, leiden.community) - leiden.modularity) < 1e-12)
    }

    /// igraph 1.0.0's `community_leiden(objective_function="modularity", n_iterations=-1)` on the same
    /// generated graphs, mean over random seeds 0–4 (`Benchmarks/peers_leiden.py` after
    /// `analytics-bench leiden`): 0.55383 (from 0.54894 to 0.55812) and 0.42142 (0.41996 to 0.42340).
    @Test("given a hub-heavy Barabási–Albert graph, Leiden's modularity is within 0.5 % of igraph's, its communities connected",
          arguments: [(2_000, 2, UInt64(7), 0.55383), (10_000, 3, UInt64(42), 0.42142)])
    func leidenHubs(nodes: Int, perNode: Int, seed: UInt64, igraph: Double) {
        let g = Graph(nodeCount: nodes, edges: BarabasiAlbert.edges(nodes: nodes, perNode: perNode, seed: seed))
        #expect(g.edgeCount == (nodes - 1) * perNode - (perNode * (perNode - 1)) / 2)
        let leiden = Leiden(g)
        #expect(leiden.modularity >= igraph * 0.995, "Leiden's modularity \(leiden.modularity) against igraph's \(igraph)")
        #expect(leiden.modularity > Louvain(g).modularity)
        #expect(connected(g, leiden.community))
        #expect(abs(Louvain.modularity(g, leiden.community) - leiden.modularity) < 1e-12)
        #expect(Leiden(g).community == leiden.community)
    }
}
