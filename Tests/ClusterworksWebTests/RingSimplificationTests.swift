@testable import ClusterworksWeb
@testable import ClusterworksWorkflows
import Testing

@Suite("Map outlines")
struct RingSimplificationTests {
    @Test("points within the tolerance of a straight edge are dropped; corners stay")
    func simplify() {
        let square: [RingSimplification.Point] = [(0, 0), (5, 0), (10, 0), (10, 5), (10, 10), (5, 10), (0, 10), (0, 0)]
        let result = RingSimplification.simplify(square, tolerance: 0.8)
        #expect(result.map(\.x) == [0, 10, 10, 0, 0])
        #expect(result.map(\.y) == [0, 0, 10, 10, 0])
    }

    @Test("a bend larger than the tolerance is kept")
    func keepsBends() {
        let bent: [RingSimplification.Point] = [(0, 0), (5, 2), (10, 0)]
        #expect(RingSimplification.simplify(bent, tolerance: 0.8).count == 3)
        #expect(RingSimplification.simplify(bent, tolerance: 3).count == 2)
    }

    @Test("every country with a code keeps a shape on the map")
    func everyCountryDrawn() throws {
        let atlas = try WorldAtlas.load()
        #expect(atlas.countries.count == 239)
        #expect(atlas.countries.allSatisfy { $0.path.hasPrefix("M") && $0.path.hasSuffix("z") })
        let malta = try #require(atlas.countries.first { $0.code == "MT" })
        #expect(!malta.path.isEmpty)
    }
}
