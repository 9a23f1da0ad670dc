import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// Results against targets: one row per indicator and subject with what the domain computes.
enum ResultsTable {
    struct Row: Sendable {
        let indicator: IndicatorModel
        let subject: String
        let progress: ResultProgress
        /// The approved figures the progress is read from.
        let figures: [ResultEntryRules.Figure]
        /// The breakdown of the latest measurement (or the baseline when nothing is measured yet).
        let breakdown: String?

        var json: JSONOut {
            func n(_ v: Double?) -> JSONOut { v.map(JSONOut.double) ?? .null }
            return .object([("indicatorId", .string(indicator.id!.lowercasedText)), ("indicator", .string(indicator.name)), ("unit", .string(indicator.unit)),
                            ("subject", .string(subject)), ("baseline", n(progress.baseline?.value)), ("latest", n(progress.latest?.value)),
                            ("target", n(progress.target?.value)), ("shareOfTarget", n(progress.shareOfTarget)), ("status", .string(progress.status.rawValue)),
                            ("breakdown", breakdown.map(JSONOut.string) ?? .null)])
        }
    }

    /// The breakdown of the latest figure that has one (targets aside), in words.
    static func breakdown(_ items: [ResultEntryModel], _ dimensions: [BreakdownDimension]) -> String? {
        let figures = items.filter { $0.kind != ResultEntryKind.target.rawValue && !$0.parts.isEmpty }.sorted { ($0.observedOn, $0.kind) < ($1.observedOn, $1.kind) }
        guard let latest = figures.last else { return nil }
        let words = Breakdown(lines: latest.parts.split(separator: "\n").map(String.init)).describe(dimensions)
        return words.isEmpty ? nil : "\(words.joined(separator: "; ")) (\(latest.observedOn))"
    }

    /// Rows of the approved figures (drafts and submissions wait for a programme manager), or of every
    /// figure that counts where the work is being recorded (a diagnostic's baselines).
    static func rows(_ entries: [ResultEntryModel], approvedOnly: Bool = true, on db: any Database) async throws -> [Row] {
        let entries = entries.filter { approvedOnly ? $0.figureStatus == .approved : $0.figureStatus.counts }
        let indicatorIds = Array(Set(entries.map(\.indicatorId)))
        let indicators = indicatorIds.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await IndicatorModel.query(on: db)
            .filter(\.$id ~~ indicatorIds).all().map { ($0.id!, $0) })
        let dimensions = Array(try await DimensionModel.all(on: db).values)
        let actorNames = try await ReferenceDirectory.titles(.actor, entries.compactMap(\.actorId), on: db)
        let networkNames = try await ReferenceDirectory.titles(.network, entries.compactMap(\.networkId), on: db)
        var order: [String] = []
        let groups = Dictionary(grouping: entries) { e -> String in
            if !order.contains(e.seriesKey) { order.append(e.seriesKey) }
            return e.seriesKey
        }
        return order.compactMap { key in
            let items = groups[key]!
            guard let indicator = indicators[items[0].indicatorId] else { return nil }
            let subject = items[0].actorId.flatMap { actorNames[$0] } ?? items[0].networkId.flatMap { networkNames[$0] } ?? L("The cluster").said
            let figures = items.compactMap(\.figure)
            return Row(indicator: indicator, subject: subject,
                       progress: ResultProgress(figures, direction: indicator.indicatorDirection, accumulation: indicator.accumulation), figures: figures,
                       breakdown: breakdown(items, dimensions))
        }
    }

    /// What a results table shows: its rows, and the figures still waiting to count.
    struct Sheet: Sendable {
        let rows: [Row]
        let recorded: Int
        let submitted: Int
        let open: Int
        let approvedOnly: Bool
        let periods: [ReportingPeriod]

        static func load(_ entries: [ResultEntryModel], approvedOnly: Bool = true, periods: [ReportingPeriod] = [], on db: any Database) async throws -> Sheet {
            Sheet(rows: try await ResultsTable.rows(entries, approvedOnly: approvedOnly, on: db), recorded: entries.count,
                  submitted: entries.filter { $0.figureStatus == .submitted }.count, open: entries.filter { $0.figureStatus.isOpen }.count,
                  approvedOnly: approvedOnly, periods: periods)
        }
    }

    static func render(_ entries: [ResultEntryModel], approvedOnly: Bool = true, periods: [ReportingPeriod] = [], on db: any Database) async throws -> HTML {
        view(try await Sheet.load(entries, approvedOnly: approvedOnly, periods: periods, on: db))
    }

    static func view(_ s: Sheet) -> HTML {
        let rows = s.rows
        let waiting: HTML = s.submitted + s.open == 0 || !s.approvedOnly ? .empty
            : "<p class=\"notice\">\(L("Progress counts approved figures only: \(s.submitted) submitted for approval, \(s.open) in draft or returned."))</p>"
        guard !rows.isEmpty else { return waiting + (s.recorded == 0 ? "<p>\(L("No figures recorded yet: start with the baselines."))</p>" : "<p>\(L("No approved figures yet."))</p>") }
        let n = FigureText.rounded
        let body = rows.map { r -> HTML in
            let p = r.progress
            let change = p.change.map { ($0 >= 0 ? "+" : "") + n($0) } ?? "—"
            let rel = p.relativeChange.map { " (" + Wording.current.change($0) + ")" } ?? ""
            return """
            <tr><th scope="row">\(r.indicator.name) <span class="hint">(\(r.indicator.unit))</span></th><td>\(r.subject)</td>
            <td class="num">\(n(p.baseline?.value))</td><td class="num">\(n(p.latest?.value))</td><td class="num">\(n(p.target?.value))</td>
            <td class="num">\(change)\(rel)</td><td class="num">\(PlanPages.percent(p.shareOfTarget))</td>
            <td><span class="tag rs-\(p.status.rawValue)">\(p.status.label)</span></td><td>\(r.breakdown ?? "—")</td></tr>
            """
        }
        return waiting + """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Results against targets"))"><table><caption>\(L("Results against targets"))</caption><thead><tr><th scope="col">\(L("Indicator"))</th><th scope="col">\(L("Subject"))</th>
        <th scope="col">\(L("Baseline"))</th><th scope="col">\(L("Latest"))</th><th scope="col">\(L("Target"))</th><th scope="col">\(L("Change"))</th><th scope="col">\(L("Share of target"))</th><th scope="col">\(L("Status"))</th><th scope="col">\(L("Breakdown"))</th></tr></thead>
        <tbody>\(body)</tbody></table></div>
        """ + byPeriod(rows, s.periods)
    }

    /// The reporting calendar of the project a cluster or network reports to.
    static func periods(_ owner: ScopeRef, on db: any Database) async throws -> [ReportingPeriod] {
        guard let project = try await ResultRules.project(of: owner, on: db) else { return [] }
        return try await ReportingPeriodModel.periods(of: project, on: db)
    }

    /// Each indicator and subject per reporting period, from the first period with a figure to the last.
    static func byPeriod(_ rows: [Row], _ periods: [ReportingPeriod]) -> HTML {
        guard !periods.isEmpty else { return .empty }
        let n = FigureText.rounded
        let body = rows.flatMap { r -> [HTML] in
            let dates = r.figures.filter { $0.kind != .baseline }.map(\.on)
            guard let first = dates.min(), let last = dates.max() else { return [] }
            let shown = periods.filter { $0.end >= first && $0.start <= last }
            return PeriodProgress(r.figures, periods: shown, direction: r.indicator.indicatorDirection, accumulation: r.indicator.accumulation).rows.map { p in
                """
                <tr><th scope="row">\(r.indicator.name) <span class="hint">(\(r.indicator.unit))</span></th><td>\(r.subject)</td><td>\(p.period.label)</td>
                <td class="num">\(n(p.target))</td><td class="num">\(n(p.measured))</td><td class="num">\(n(p.toDate))</td>
                <td>\(p.status.map { "<span class=\"tag rs-\($0.rawValue)\">\($0.label)</span>" as HTML } ?? "—")</td></tr>
                """
            }
        }
        guard !body.isEmpty else { return .empty }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Results by reporting period"))"><table><caption>\(L("Results by reporting period"))</caption><thead><tr><th scope="col">\(L("Indicator"))</th><th scope="col">\(L("Subject"))</th>
        <th scope="col">\(L("Period"))</th><th scope="col">\(L("Target due"))</th><th scope="col">\(L("Measured in the period"))</th><th scope="col">\(L("To date"))</th><th scope="col">\(L("Status at the end"))</th></tr></thead>
        <tbody>\(HTML.join(body))</tbody></table></div>
        """
    }
}
