import ClusterworksDomain
import Vapor

/// Participation over time as an SVG chart drawn on the server: bars for events per quarter, and
/// lines for the organisations taking part and those coming for the first time. A table follows
/// for screen readers and exact figures.
enum ParticipationChart {
    static func render(_ series: ParticipationSeries, compact: Bool = false) -> HTML {
        let q = series.quarters
        guard !q.isEmpty else { return "<p>No events recorded yet, so participation cannot be shown.</p>" }
        let width = 640.0, height = compact ? 160.0 : 220.0, left = 36.0, bottom = 28.0, top = 12.0
        let plotH = height - bottom - top
        let maxY = Double(max(q.map(\.events).max()!, q.map(\.actors).max()!, 1))
        let step = (width - left - 8) / Double(q.count)
        func y(_ v: Int) -> Double { top + plotH - Double(v) / maxY * plotH }
        var bars: [HTML] = [], actorPts: [String] = [], newPts: [String] = [], labels: [HTML] = []
        let every = max(1, q.count / 10)
        for (i, item) in q.enumerated() {
            let x = left + Double(i) * step
            let barH = Double(item.events) / maxY * plotH
            bars.append("<rect class=\"bar\" x=\"\(fmt(x + step * 0.15))\" y=\"\(fmt(top + plotH - barH))\" width=\"\(fmt(step * 0.7))\" height=\"\(fmt(barH))\"><title>\(item.label): \(item.events) events</title></rect>")
            actorPts.append("\(fmt(x + step / 2)),\(fmt(y(item.actors)))")
            newPts.append("\(fmt(x + step / 2)),\(fmt(y(item.newActors)))")
            if i % every == 0 { labels.append("<text x=\"\(fmt(x + step / 2))\" y=\"\(fmt(height - 8))\" text-anchor=\"middle\">\(item.label)</text>") }
        }
        let rows = q.filter { $0.events > 0 }.map { "<tr><th scope=\"row\">\($0.label)</th><td>\($0.events)</td><td>\($0.actors)</td><td>\($0.newActors)</td><td>\($0.participants)</td></tr>" as HTML }
        return """
        <figure class="chart">
        <svg viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-labelledby="pc-title">
        <title id="pc-title">Participation per quarter: \(series.totalEvents) events, \(series.distinctActors) organisations in all</title>
        <line class="axis" x1="\(Int(left))" y1="\(fmt(top + plotH))" x2="\(Int(width - 8))" y2="\(fmt(top + plotH))"/>
        <text x="4" y="\(fmt(top + 8))">\(Int(maxY))</text><text x="4" y="\(fmt(top + plotH))">0</text>
        \(bars)
        <polyline class="line-actors" points="\(actorPts.joined(separator: " "))"/>
        <polyline class="line-new" points="\(newPts.joined(separator: " "))"/>
        \(labels)
        </svg>
        <figcaption><span class="key bar-key"></span> events <span class="key actors-key"></span> organisations taking part <span class="key new-key"></span> taking part for the first time</figcaption>
        </figure>
        \(compact ? .empty : """
        <details><summary>Participation as a table</summary><table><thead><tr><th scope="col">Quarter</th><th scope="col">Events</th><th scope="col">Organisations</th><th scope="col">New organisations</th><th scope="col">Participants</th></tr></thead>
        <tbody>\(rows)</tbody></table></details>
        """)
        """
    }

    static func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
}
