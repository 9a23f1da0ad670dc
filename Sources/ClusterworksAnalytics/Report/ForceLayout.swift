import Foundation

/// Positions for drawing a network (Fruchterman and Reingold's force-directed layout): tied actors
/// pull together, all actors push apart. Deterministic: the same graph gives the same drawing.
public enum ForceLayout {
    /// Coordinates in 0…1 × 0…1.
    public static func compute(_ g: Graph, iterations: Int = 300) -> [(x: Double, y: Double)] {
        let n = g.nodeCount
        guard n > 0 else { return [] }
        // Start on a circle so the result does not depend on a random seed.
        var x = (0..<n).map { 0.5 + 0.4 * cos(2 * .pi * Double($0) / Double(n)) }
        var y = (0..<n).map { 0.5 + 0.4 * sin(2 * .pi * Double($0) / Double(n)) }
        let k = (1.0 / Double(n)).squareRoot()
        var temperature = 0.1
        var dx = [Double](repeating: 0, count: n), dy = [Double](repeating: 0, count: n)
        for _ in 0..<iterations {
            for i in 0..<n { dx[i] = 0; dy[i] = 0 }
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let ddx = x[i] - x[j], ddy = y[i] - y[j]
                    let d2 = max(ddx * ddx + ddy * ddy, 1e-9)
                    let f = k * k / d2
                    dx[i] += ddx * f; dy[i] += ddy * f; dx[j] -= ddx * f; dy[j] -= ddy * f
                }
            }
            for v in 0..<n {
                for t in g.neighbours(v) where Int(t) > v || g.directed {
                    let u = Int(t)
                    let ddx = x[v] - x[u], ddy = y[v] - y[u]
                    let d = max((ddx * ddx + ddy * ddy).squareRoot(), 1e-9)
                    let f = d / k
                    dx[v] -= ddx * f; dy[v] -= ddy * f; dx[u] += ddx * f; dy[u] += ddy * f
                }
            }
            for i in 0..<n {
                let len = max((dx[i] * dx[i] + dy[i] * dy[i]).squareRoot(), 1e-9)
                let step = min(len, temperature)
                x[i] += dx[i] / len * step; y[i] += dy[i] / len * step
            }
            temperature = max(temperature * 0.98, 0.002)
        }
        // Fit into the unit square with a margin.
        let (minX, maxX, minY, maxY) = (x.min()!, x.max()!, y.min()!, y.max()!)
        let w = max(maxX - minX, 1e-9), h = max(maxY - minY, 1e-9)
        return (0..<n).map { (0.05 + 0.9 * (x[$0] - minX) / w, 0.05 + 0.9 * (y[$0] - minY) / h) }
    }
}
