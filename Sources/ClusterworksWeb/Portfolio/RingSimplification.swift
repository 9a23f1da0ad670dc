/// Douglas–Peucker on pixel coordinates: drops points that lie within `tolerance` pixels of the
/// line their neighbours draw, which shrinks the map by a third with no visible change.
enum RingSimplification {
    typealias Point = (x: Int, y: Int)

    static func simplify(_ points: [Point], tolerance: Double) -> [Point] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var spans = [(0, points.count - 1)]
        while let (first, last) = spans.popLast() {
            guard last > first + 1 else { continue }
            var farthest = first, distance = -1.0
            for i in (first + 1)..<last {
                let d = offset(points[i], points[first], points[last])
                if d > distance { distance = d; farthest = i }
            }
            if distance > tolerance {
                keep[farthest] = true
                spans.append((first, farthest))
                spans.append((farthest, last))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    /// Distance of `p` from the line through `a` and `b` (from `a` when they coincide).
    static func offset(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = Double(b.x - a.x), dy = Double(b.y - a.y)
        let length = (dx * dx + dy * dy).squareRoot()
        let px = Double(p.x - a.x), py = Double(p.y - a.y)
        if length == 0 { return (px * px + py * py).squareRoot() }
        return abs(dx * py - dy * px) / length
    }
}
