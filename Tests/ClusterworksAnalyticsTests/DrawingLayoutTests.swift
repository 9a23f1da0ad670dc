import ClusterworksAnalytics
import Testing

@Suite("Drawing an actor network")
struct DrawingLayoutTests {
    /// Two parts (a triangle and a pair), two actors without ties, long names.
    func layout() -> (DrawingLayout, Graph) {
        let g = Graph(nodeCount: 7, edges: [.init(0, 1), .init(1, 2), .init(2, 0), .init(3, 4)])
        let names = (0..<7).map { "Cooperative of leather workers number \($0)" }
        return (DrawingLayout(g, names: names, radii: Array(repeating: 6, count: 7), width: 760, fontSize: 13), g)
    }

    @Test("parts stand side by side in their own room, and actors without ties in a row below them")
    func partsApart() {
        let (l, _) = layout()
        let triangle = (0...2).map { l.positions[$0] }, pair = (3...4).map { l.positions[$0] }
        #expect(triangle.map(\.x).max()! < pair.map(\.x).min()!)
        let row = try! #require(l.isolatedRowY)
        #expect([5, 6].allSatisfy { l.positions[$0].y > row } && (0...4).allSatisfy { l.positions[$0].y < row })
        #expect(l.positions.allSatisfy { $0.x > 0 && $0.x < l.width && $0.y > 0 && $0.y < l.height })
    }

    @Test("every name drawn lies inside the frame and clear of the others; the rest are left out, not cut")
    func namesInsideAndApart() {
        let (l, _) = layout()
        let boxes = l.labels.compactMap { $0 }.map { DrawingLayout.box($0, fontSize: 13) }
        #expect(!boxes.isEmpty)
        for (i, a) in boxes.enumerated() {
            #expect(a.x0 >= 0 && a.x1 <= l.width && a.y0 >= 0 && a.y1 <= l.height)
            for b in boxes[(i + 1)...] { #expect(!(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)) }
        }
    }
}
