import ClusterworksDomain
import Vapor

/// Where each cluster or network started and where it is now, as paired horizontal bars on one
/// scale with its unit: a change is read by length. The page's table beside it gives the numbers.
enum ThenNowChart {
    struct Row { let name: String; let then: Double?; let now: Double }

    static func render(_ rows: [Row], unit: Phrase, then thenKey: Phrase, now nowKey: Phrase, label: Phrase) -> HTML {
        guard !rows.isEmpty else { return .empty }
        // 640 wide like the other charts, so 13 px text stays 13 px at 1280 px; room right of the bars for their values.
        let w = 640.0, left = 8.0, plot = w - left - 72, rowH = 54.0, top = 6.0
        let axisY = top + Double(rows.count) * rowH + 4, h = axisY + 46
        let top1 = max(1, rows.flatMap { [$0.then ?? 0, $0.now] }.max()!)
        func x(_ v: Double) -> Double { left + v / top1 * plot }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        let n = FigureText.rounded
        let bars = rows.enumerated().map { i, r -> HTML in
            let y = top + Double(i) * rowH
            let then: HTML = r.then.map { v in """
                <rect class="bar" x="\(f(left))" y="\(f(y + 20))" width="\(f(max(1, x(v) - left)))" height="12"><title>\(r.name), \(thenKey): \(n(v)) \(unit)</title></rect>
                <text x="\(f(x(v) + 4))" y="\(f(y + 31))">\(n(v))</text>
                """ } ?? "<text x=\"\(f(left))\" y=\"\(f(y + 31))\">\(L("\(thenKey): not recorded"))</text>"
            return """
            <text x="\(f(left))" y="\(f(y + 14))">\(r.name)</text>\(then)
            <rect class="bar-now" x="\(f(left))" y="\(f(y + 36))" width="\(f(max(1, x(r.now) - left)))" height="12"><title>\(r.name), \(nowKey): \(n(r.now)) \(unit)</title></rect>
            <text x="\(f(x(r.now) + 4))" y="\(f(y + 47))">\(n(r.now))</text>
            """
        }
        // Counts get a whole middle tick (7 members, not 7.5).
        let whole = rows.allSatisfy { ($0.then ?? 0) == ($0.then ?? 0).rounded() && $0.now == $0.now.rounded() }
        let ticks = Array(Set([0, whole ? (top1 / 2).rounded(.down) : top1 / 2, top1])).sorted().map { v -> HTML in
            "<line class=\"axis\" x1=\"\(f(x(v)))\" y1=\"\(f(axisY))\" x2=\"\(f(x(v)))\" y2=\"\(f(axisY + 5))\"/><text x=\"\(f(x(v)))\" y=\"\(f(axisY + 19))\" text-anchor=\"\(v == 0 ? "start" : "middle")\">\(n(v))</text>"
        }
        return """
        <figure class="chart"><svg viewBox="0 0 \(Int(w)) \(Int(h))" role="img" aria-label="\(L("\(label): \(thenKey) and \(nowKey), in \(unit); the table gives the numbers"))">
        \(HTML.join(bars))<line class="axis" x1="\(f(left))" y1="\(f(axisY))" x2="\(f(left + plot))" y2="\(f(axisY))"/>\(HTML.join(ticks))
        <text class="axis-title" x="\(f(left + plot / 2))" y="\(f(h - 6))" text-anchor="middle">\(unit)</text></svg>
        <figcaption><span class="key bar-key"></span>\(thenKey) <span class="key actors-key"></span>\(nowKey)</figcaption></figure>
        """
    }
}
