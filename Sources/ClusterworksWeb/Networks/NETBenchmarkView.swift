import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// Networks in the same phase side by side: for each indicator the spread of their latest scores
/// and, when one network is in view, its score and percentile.
struct NETBenchmarkView {
    struct Row { let indicator: NETIndicator; let distribution: NETBenchmark.Distribution?; let score: Double?; let percentile: Double? }

    let phase: NetworkPhase
    let networks: Int
    /// The network whose page this is, whether or not it has an assessment in the phase shown.
    let network: NetworkModel?
    let focus: (network: NetworkModel, assessment: NETAssessmentModel)?
    let rows: [Row]
    let scale: NETScale

    /// `?phase=` picks the phase; `/networks/{id}/net/benchmark?assessment=` puts that assessment (or the latest) in view.
    static let phaseParameter = QueryParameter.choice("phase", NetworkPhase.allCases.map(\.rawValue), "The phase whose networks are compared")
    static let assessmentParameter = QueryParameter.uuid("assessment", "The network's assessment to show (default: its latest)")

    static func load(_ req: Request) async throws -> NETBenchmarkView {
        var focus: (NetworkModel, NETAssessmentModel)?
        var network: NetworkModel?
        let asked = try req.queryChoice(phaseParameter, as: NetworkPhase.self)
        if req.parameters.get("id") != nil {
            let n = try await RegistryService(registry: Registries.networks).find(req)
            network = n
            var mine = try await NETAssessmentModel.owned(by: .network, n.requireID(), on: req.db).all()
            if let asked { mine = mine.filter { $0.networkPhase == asked } }
            let wanted = try req.queryID(assessmentParameter)
            if let a = mine.first(where: { $0.id == wanted }) ?? mine.max(by: { $0.assessedOn < $1.assessedOn }) { focus = (n, a) }
        }
        let phase = asked ?? focus?.1.networkPhase ?? .pilotProjects
        // Each network counts once, with its latest assessment in this phase (the focus one for the network in view).
        let all = try await NETAssessmentModel.query(on: req.db).filter(\.$networkPhase == phase).all()
        var latest: [UUID: NETAssessmentModel] = [:]
        for a in all where (latest[a.networkId]?.assessedOn ?? "") < a.assessedOn { latest[a.networkId] = a }
        if let focus { latest[focus.1.networkId] = focus.1 }
        let scores = Array(latest.values)
        let rows = NETIndicator.allCases.map { i -> Row in
            let values = scores.compactMap { $0.scores[i] }
            let mine = focus?.1.scores[i]
            return Row(indicator: i, distribution: NETBenchmark.distribution(values), score: mine,
                       percentile: mine.flatMap { NETBenchmark.percentile($0, among: values) })
        }
        return NETBenchmarkView(phase: phase, networks: scores.count, network: network, focus: focus, rows: rows, scale: try await NETSettings.scale(on: req.db))
    }

    var html: HTML {
        let path = network.map { SitePath.network(.id($0.id!), .netBenchmark) } ?? .net(.benchmark)
        let picker = NetworkPhase.allCases.map { p -> HTML in
            p == phase ? "<li><a href=\"\(path.href([("phase", p.rawValue)]))\" aria-current=\"page\">\(p.label)</a></li>" : "<li><a href=\"\(path.href([("phase", p.rawValue)]))\">\(p.label)</a></li>"
        }
        let body = rows.map { r -> HTML in
            let d = r.distribution
            let n = FigureText.rounded
            return """
            <tr><th scope="row">\(r.indicator.label)</th><td>\(box(r))</td><td class="num">\(n(d?.min))</td><td class="num">\(n(d?.lowerQuartile))</td>
            <td class="num">\(n(d?.median))</td><td class="num">\(n(d?.upperQuartile))</td><td class="num">\(n(d?.max))</td>
            \(focus == nil ? .empty : "<td class=\"num\">\(n(r.score))</td><td class=\"num\">\(r.percentile.map { Wording.current.number($0, digits: 0) } ?? "—")</td>")</tr>
            """
        }
        let title = network.map { L("\($0.name) among networks in \(phase.label)") } ?? L("Networks in \(phase.label)")
        let note: HTML = network != nil && focus == nil ? "<p>\(L("This network has no assessment in this phase."))</p>" : .empty
        return """
        \(network.map { NetworkNav.header($0, current: "net") } ?? .empty)\(note)
        <h1>\(title)</h1>
        <nav aria-label="\(L("Phases"))"><ul class="stages">\(picker)</ul></nav>
        <p>\(L("\(networks) networks with an assessment in this phase (each with its latest).")) \(focus == nil ? L("The box runs from the lower to the upper quartile, the bar inside is the median.") : L("The box runs from the lower to the upper quartile, the bar inside is the median, the dot this network; the percentile is the share of networks scoring lower, ties counting half."))</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Benchmark"))"><table class="benchmark"><thead><tr><th scope="col">\(L("Indicator"))</th><th scope="col">\(L("Spread"))</th>
        <th scope="col">\(L("Lowest"))</th><th scope="col">\(L("Lower quartile"))</th><th scope="col">\(L("Median"))</th><th scope="col">\(L("Upper quartile"))</th><th scope="col">\(L("Highest"))</th>
        \(focus == nil ? .empty : "<th scope=\"col\">\(L("This network"))</th><th scope=\"col\">\(L("Percentile"))</th>")</tr></thead><tbody>\(body)</tbody></table></div>
        """
    }

    /// A box plot on the scale with its axis: every score of the scale marked and numbered below.
    func box(_ r: Row) -> HTML {
        guard let d = r.distribution else { return "—" }
        let w = 240.0, span = Double(max(1, scale.max - scale.min))
        func px(_ v: Double) -> Double { 10 + (v - Double(scale.min)) / span * (w - 20) }
        func x(_ v: Double) -> String { String(format: "%.1f", px(v)) }
        let dot: HTML = r.score.map { "<circle class=\"me\" cx=\"\(x($0))\" cy=\"10\" r=\"4\"/>" } ?? .empty
        let ticks = (scale.min...max(scale.min, scale.max)).map { v -> HTML in
            "<line class=\"tick\" x1=\"\(x(Double(v)))\" y1=\"21\" x2=\"\(x(Double(v)))\" y2=\"24\"/><text x=\"\(x(Double(v)))\" y=\"36\" text-anchor=\"middle\">\(v)</text>"
        }
        return """
        <svg class="box" viewBox="0 0 \(Int(w)) 38" role="img" aria-label="\(L("\(r.indicator.label): median \(FieldValue.decimal(d.median).display) on a scale of \(scale.min) to \(scale.max)"))">
        <line x1="\(x(d.min))" y1="10" x2="\(x(d.max))" y2="10"/><rect x="\(x(d.lowerQuartile))" y="4" width="\(String(format: "%.1f", max(1, px(d.upperQuartile) - px(d.lowerQuartile))))" height="12"/>
        <line class="median" x1="\(x(d.median))" y1="3" x2="\(x(d.median))" y2="17"/>\(dot)
        <line class="axis" x1="\(x(Double(scale.min)))" y1="21" x2="\(x(Double(scale.max)))" y2="21"/>\(HTML.join(ticks))</svg>
        """
    }

    var json: JSONOut {
        .object([("phase", .string(phase.rawValue)), ("networks", .int(networks)),
                 ("networkId", focus.map { .string($0.network.id!.lowercasedText) } ?? .null),
                 ("indicators", .array(rows.map { r in
                     .object([("indicator", .string(r.indicator.rawValue)),
                              ("distribution", r.distribution.map { d in .object([("min", .double(d.min)), ("lowerQuartile", .double(d.lowerQuartile)),
                                                                               ("median", .double(d.median)), ("upperQuartile", .double(d.upperQuartile)),
                                                                               ("max", .double(d.max)), ("count", .int(d.count))]) } ?? .null),
                              ("score", r.score.map(JSONOut.double) ?? .null), ("percentile", r.percentile.map(JSONOut.double) ?? .null)])
                 }))])
    }
}
