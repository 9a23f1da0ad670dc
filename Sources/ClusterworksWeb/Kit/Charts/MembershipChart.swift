import ClusterworksDomain
import Foundation

/// Members at the end of each year as bars, with joiners and leavers in a table.
enum MembershipChart {
    static func render(_ t: MembershipTurnover) -> HTML {
        guard !t.years.isEmpty else { return "<p>\(L("No members yet."))</p>" }
        let maxSize = Double(max(1, t.years.map(\.size).max()!))
        // Wide enough for 13 px text; a year and its count every few bars when there are many.
        let w = 640.0, h = 210.0, left = 44.0, bottom = 26.0, top = 44.0, step = (w - left - 8) / Double(t.years.count)
        let every = max(1, Int((Double(t.years.count) * 44 / (w - left)).rounded(.up)))
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        let bars = t.years.enumerated().map { i, y -> HTML in
            let bh = Double(y.size) / maxSize * (h - bottom - top), x = left + Double(i) * step
            // The last year is always labelled; a regular label too close before it gives way.
            let last = t.years.count - 1
            let labelled = i == last || (i % every == 0 && last - i >= every)
            let labels: HTML = labelled ? """
            <text x="\(f(x + step / 2))" y="\(f(h - 8))" text-anchor="middle">\(y.year)</text>
            <text x="\(f(x + step / 2))" y="\(f(h - bottom - bh - 4))" text-anchor="middle">\(y.size)</text>
            """ : .empty
            return """
            <rect class="bar" x="\(f(x + step * 0.2))" y="\(f(h - bottom - bh))" width="\(f(step * 0.6))" height="\(f(bh))"><title>\(L("\(y.year): \(y.size) members"))</title></rect>\(labels)
            """
        }
        let rows = t.years.map { y -> HTML in
            "<tr><th scope=\"row\">\(y.year)</th><td class=\"num\">\(y.joined)</td><td class=\"num\">\(y.left)</td><td class=\"num\">\(y.size)</td><td class=\"num\">\(y.turnover.map { Wording.current.percent($0) } ?? "—")</td></tr>"
        }
        return """
        <figure class="chart"><svg viewBox="0 0 \(Int(w)) \(Int(h))" role="img" aria-label="\(L("Members at the end of each year"))">
        <line class="axis" x1="\(f(left))" y1="\(f(h - bottom))" x2="\(f(w - 8))" y2="\(f(h - bottom))"/>
        <text class="axis-title" x="4" y="16">\(L("members at the end of the year"))</text><text x="4" y="\(f(top + 8))">\(Int(maxSize))</text><text x="4" y="\(f(h - bottom))">0</text>\(bars)</svg>
        <figcaption><span class="key bar-key"></span> \(L("members at the end of each year"))</figcaption></figure>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Members by year"))"><table><thead><tr><th scope="col">\(L("Year"))</th><th scope="col">\(L("Joined"))</th><th scope="col">\(L("Left"))</th><th scope="col">\(L("Members"))</th><th scope="col">\(L("Turnover"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
        """
    }
}
