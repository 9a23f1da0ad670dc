import ClusterworksDomain
import ClusterworksWorkflows
import Vapor

/// Participation over time as an SVG chart drawn on the server, in two panels on one time axis:
/// events per quarter as bars with their own scale, and the organisations taking part (and those
/// coming for the first time) as lines with theirs — two quantities, two axes. A table follows.
enum ParticipationChart {
    static func render(_ series: ParticipationSeries, compact: Bool = false) -> HTML {
        let q = series.quarters
        guard !q.isEmpty else { return "<p>\(L("No events recorded yet, so participation cannot be shown."))</p>" }
        let width = 640.0, left = 48.0, right = 8.0, panel = compact ? 70.0 : 90.0, gap = 34.0, top = 22.0, bottom = 26.0
        let height = top + panel + gap + panel + bottom
        let step = (width - left - right) / Double(q.count)
        let maxEvents = Double(max(q.map(\.events).max()!, 1)), maxActors = Double(max(q.map(\.actors).max()!, 1))
        let eventsBase = top + panel, actorsTop = top + panel + gap, actorsBase = actorsTop + panel
        func x(_ i: Int) -> Double { left + Double(i) * step + step / 2 }
        func yActors(_ v: Int) -> Double { actorsBase - Double(v) / maxActors * panel }
        var bars: [HTML] = [], actorPts: [String] = [], newPts: [String] = [], labels: [HTML] = []
        // Quarter labels ("1998-Q3", about 60 px at 13 px) no closer than 64 px.
        let every = max(1, Int((64 / step).rounded(.up)))
        for (i, item) in q.enumerated() {
            let barH = Double(item.events) / maxEvents * panel
            bars.append("<rect class=\"bar\" x=\"\(fmt(x(i) - step * 0.35))\" y=\"\(fmt(eventsBase - barH))\" width=\"\(fmt(step * 0.7))\" height=\"\(fmt(barH))\"><title>\(L("\(item.label): \(item.events) events"))</title></rect>")
            actorPts.append("\(fmt(x(i))),\(fmt(yActors(item.actors)))")
            newPts.append("\(fmt(x(i))),\(fmt(yActors(item.newActors)))")
            if i % every == 0 { labels.append("<text x=\"\(fmt(min(max(x(i), left + 28), width - right - 28)))\" y=\"\(fmt(height - 8))\" text-anchor=\"middle\">\(item.label)</text>") }
        }
        let rows = q.filter { $0.events > 0 }.map { "<tr><th scope=\"row\">\($0.label)</th><td class=\"num\">\($0.events)</td><td class=\"num\">\($0.actors)</td><td class=\"num\">\($0.newActors)</td><td class=\"num\">\($0.participants)</td></tr>" as HTML }
        return """
        <figure class="chart participation">
        <svg viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-labelledby="pc-title">
        <title id="pc-title">\(L("Participation per quarter: \(series.totalEvents) events, \(series.distinctActors) organisations in all"))</title>
        <text class="axis-title" x="4" y="14">\(L("events per quarter"))</text>
        <line class="axis" x1="\(fmt(left))" y1="\(fmt(eventsBase))" x2="\(fmt(width - right))" y2="\(fmt(eventsBase))"/>
        <text x="4" y="\(fmt(top + 10))">\(Int(maxEvents))</text><text x="4" y="\(fmt(eventsBase))">0</text>
        \(bars)
        <text class="axis-title" x="4" y="\(fmt(actorsTop - 8))">\(L("organisations per quarter"))</text>
        <line class="axis" x1="\(fmt(left))" y1="\(fmt(actorsBase))" x2="\(fmt(width - right))" y2="\(fmt(actorsBase))"/>
        <text x="4" y="\(fmt(actorsTop + 10))">\(Int(maxActors))</text><text x="4" y="\(fmt(actorsBase))">0</text>
        <polyline class="line-actors" points="\(actorPts.joined(separator: " "))"/>
        <polyline class="line-new" points="\(newPts.joined(separator: " "))"/>
        \(labels)
        </svg>
        <figcaption><span class="key bar-key"></span> \(L("events")) <span class="key actors-key"></span> \(L("organisations taking part")) <span class="key new-key"></span> \(L("taking part for the first time"))</figcaption>
        </figure>
        <details><summary>\(L("Participation as a table"))</summary><div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Participation by quarter"))"><table><thead><tr><th scope="col">\(L("Quarter"))</th><th scope="col">\(L("Events"))</th><th scope="col">\(L("Organisations"))</th><th scope="col">\(L("New organisations"))</th><th scope="col">\(L("Participants"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div></details>
        """
    }

    static func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
}
