import ClusterworksDomain
import ClusterworksWorkflows
import Foundation
import Vapor

/// The seven NET indicators as a radar drawn by the server: the score as a filled shape, the target
/// as a dashed outline, one axis per indicator from the lowest to the highest score of the scale.
enum RadarChart {
    static func render(scores: [NETIndicator: Double], targets: [NETIndicator: Double], scale: NETScale, title: Phrase, size: Double = 360) -> HTML {
        // Room each side for the indicators' names at 13 px.
        let c = size / 2 + 110, r = size / 2 - 30, n = Double(NETIndicator.allCases.count)
        func point(_ i: Int, _ v: Double) -> (Double, Double) {
            let share = max(0, min(1, (v - Double(scale.min)) / Double(max(1, scale.max - scale.min))))
            let angle = Double(i) / n * 2 * .pi - .pi / 2
            return (c + r * share * cos(angle), size / 2 + 10 + r * share * sin(angle))
        }
        func polygon(_ values: [NETIndicator: Double]) -> String {
            NETIndicator.allCases.enumerated().compactMap { i, ind in values[ind].map { point(i, $0) } }
                .map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
        }
        var grid: [HTML] = []
        for step in scale.min...max(scale.min, scale.max) where step > scale.min {
            let ring = NETIndicator.allCases.indices.map { point($0, Double(step)) }.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
            // Each ring's score, beside the first axis: the chart's scale.
            let (x, y) = point(0, Double(step))
            grid.append("<polygon class=\"ring\" points=\"\(ring)\"/><text class=\"ring-label\" x=\"\(f(x + 4))\" y=\"\(f(y + 12))\">\(step)</text>")
        }
        let axes = NETIndicator.allCases.enumerated().map { i, ind -> HTML in
            let (x, y) = point(i, Double(scale.max))
            let (lx, ly) = (c + (x - c) * 1.13, size / 2 + 10 + (y - size / 2 - 10) * 1.13)
            let anchor = abs(lx - c) < 5 ? "middle" : (lx < c ? "end" : "start")
            return "<line class=\"axis\" x1=\"\(f(c))\" y1=\"\(f(size / 2 + 10))\" x2=\"\(f(x))\" y2=\"\(f(y))\"/><text x=\"\(f(lx))\" y=\"\(f(ly + 4))\" text-anchor=\"\(anchor)\">\(ind.shortLabel)</text>"
        }
        return """
        <figure class="radar"><svg viewBox="0 0 \(Int(size + 220)) \(Int(size + 20))" role="img" aria-labelledby="radar-title">
        <title id="radar-title">\(title)</title>
        \(grid)\(axes)
        <polygon class="target" points="\(polygon(targets))"/>
        <polygon class="score" points="\(polygon(scores))"/>
        </svg><figcaption><span class="key score-key"></span> \(L("score")) <span class="key target-key"></span> \(L("target of the phase (scores \(scale.min)–\(scale.max), rings numbered on the first axis)"))</figcaption></figure>
        """
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
