import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Vapor

/// An improvement plan's actions as bars over its months, coloured by kind of action.
enum Gantt {
    static func render(_ actions: [ImprovementActionModel], from: CalendarDate?, to: CalendarDate?) -> HTML {
        guard !actions.isEmpty else { return "<p>\(L("No actions yet."))</p>" }
        let starts = actions.compactMap { CalendarDate($0.startOn) }, ends = actions.compactMap { CalendarDate($0.endOn) }
        guard let first = ([from].compactMap { $0 } + starts).min(), let last = ([to].compactMap { $0 } + ends).max() else { return .empty }
        let span = Double(max(1, last.dayNumber - first.dayNumber)), left = 230.0, width = 420.0, row = 22.0
        func x(_ d: CalendarDate) -> Double { left + Double(d.dayNumber - first.dayNumber) / span * width }
        var months: [HTML] = []
        var m = CalendarDate(year: first.year, month: first.month, day: 1)!
        while m <= last {
            if m >= first { months.append("<line class=\"month\" x1=\"\(f(x(m)))\" y1=\"0\" x2=\"\(f(x(m)))\" y2=\"\(f(Double(actions.count) * row + 4))\"/><text x=\"\(f(x(m) + 2))\" y=\"\(f(Double(actions.count) * row + 16))\">\(m.year)-\(String(format: "%02d", m.month))</text>") }
            m = m.month == 12 ? CalendarDate(year: m.year + 1, month: 1, day: 1)! : CalendarDate(year: m.year, month: m.month + 1, day: 1)!
        }
        let bars = actions.enumerated().compactMap { i, a -> HTML? in
            guard let s = CalendarDate(a.startOn), let e = CalendarDate(a.endOn) else { return nil }
            let y = Double(i) * row
            return """
            <text x="0" y="\(f(y + 15))">\(String(a.titleText.prefix(34)))</text>
            <rect class="g-\(a.category)" x="\(f(x(s)))" y="\(f(y + 4))" width="\(f(max(2, x(e) - x(s))))" height="14"><title>\(a.titleText): \(a.startOn) – \(a.endOn), \(ActionStatus(rawValue: a.status)?.label ?? .verbatim(a.status))</title></rect>
            """
        }
        let key = ImprovementCategory.allCases.map { "<span class=\"key g-\($0.rawValue)\"></span> \($0.label)" as HTML }
        return """
        <figure class="gantt"><svg viewBox="0 0 \(Int(left + width + 10)) \(Int(Double(actions.count) * row + 22))" role="img" aria-label="\(L("The plan's actions from \(first.description) to \(last.description)"))">
        \(months)\(bars)</svg><figcaption>\(HTML.join(key, separator: " "))</figcaption></figure>
        """
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
