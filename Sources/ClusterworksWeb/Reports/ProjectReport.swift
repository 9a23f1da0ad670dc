import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Foundation

/// A project's report for donors as tables: results per indicator and period, breakdowns, cost
/// sharing and events. The workbook, the CSV and the API's JSON are all made of these rows, so they
/// cannot disagree; only approved figures are in it, and it says how many are pending.
struct ProjectReport: Sendable {
    let results: ProjectResults
    let events: [(cluster: String, event: EventModel)]
    /// Only this period's rows, when one is asked for.
    let period: ReportingPeriod?

    static func load(_ project: ProjectModel, period label: String?, on db: any Database) async throws -> ProjectReport {
        let results = try await ProjectResults.load(project, on: db)
        var period: ReportingPeriod?
        if let label {
            guard let found = results.reportingPeriods.first(where: { $0.label == label }) else {
                throw FieldErrors(errors: .init(field: "period", L("is not a reporting period of the project (its periods: \(results.reportingPeriods.map(\.label).joined(separator: ", ")))")))
            }
            period = found
        }
        let names = Dictionary(uniqueKeysWithValues: results.clusters.map { ($0.id!, $0.name) })
        let ids = Array(names.keys)
        let events = ids.isEmpty ? [] : try await EventModel.query(on: db).filter(\.$clusterId ~~ ids).sort(\.$heldOn).all()
        return ProjectReport(results: results, events: events.map { (names[$0.clusterId] ?? "", $0) }, period: period)
    }

    private func within(_ date: String?) -> Bool {
        guard let period else { return true }
        return date.flatMap(CalendarDate.init).map(period.contains) ?? false
    }

    var sheets: [Workbook.Sheet] { [resultSheet, breakdownSheet, contributionSheet, eventSheet] }

    /// One row per indicator, subject and reporting period with a target or a measurement.
    var resultSheet: Workbook.Sheet {
        let periods = period.map { [$0] } ?? results.reportingPeriods
        let rows = results.series.flatMap { s -> [[Workbook.Cell]] in
            let i = s.indicator
            let baseline = s.entries.first { $0.kind == ResultEntryKind.baseline.rawValue }
            return PeriodProgress(s.figures, periods: periods, direction: i.indicatorDirection, accumulation: i.accumulation).rows
                .filter { $0.target != nil || $0.status != nil }
                .map { r in
                    [.text(i.level.label.said), .text(i.name), .text(i.unit), .text(s.owner), .text(s.subject), .text(r.period.label),
                     .date(r.period.start), .date(r.period.end), .number(baseline?.value), .date(baseline?.observedOn),
                     .number(r.target), .number(r.measured), .number(r.toDate), .text(r.status?.label.said)]
                }
        }
        return .init(name: "Results", header: [L("Level"), L("Indicator"), L("Unit"), L("Cluster or network"), L("Subject"), L("Period"), L("Period start"), L("Period end"),
                                               L("Baseline"), L("Baseline date"), L("Target due"), L("Measured in period"), L("Value to date"), L("Status")], rows: rows)
    }

    /// Every approved figure's breakdown, a category a row.
    var breakdownSheet: Workbook.Sheet {
        let rows = results.series.flatMap { s in
            s.entries.filter { within($0.observedOn) }.flatMap { e -> [[Workbook.Cell]] in
                let b = Breakdown(lines: e.values["breakdown"]?.list ?? [])
                return b.values.keys.sorted().flatMap { d -> [[Workbook.Cell]] in
                    let dimension = results.dimensions.values.first { $0.code == d }
                    let order = dimension?.categories.map(\.code).filter { b.values[d]![$0] != nil } ?? b.values[d]!.keys.sorted()
                    let kind: String = ResultEntryKind(rawValue: e.kind)?.label.said ?? e.kind
                    return order.map { c -> [Workbook.Cell] in
                        let category: String = dimension?.category(c)?.label ?? c
                        return [.text(s.indicator.name), .text(s.owner), .text(s.subject), .text(kind), .date(e.observedOn),
                                .text(dimension?.name ?? d), .text(category), .number(b.values[d]![c]!), .number(e.value)]
                    }
                }
            }
        }
        return .init(name: "Breakdowns", header: [L("Indicator"), L("Cluster or network"), L("Subject"), L("Kind"), L("Date"), L("Dimension"), L("Category"), L("Value"), L("Total")], rows: rows)
    }

    var contributionSheet: Workbook.Sheet {
        let names = Dictionary(uniqueKeysWithValues: results.clusters.map { ($0.id!, $0.name) })
        let rows = results.contributions.filter { within($0.pledgedOn) || within($0.paidOn) }.map { c -> [Workbook.Cell] in
            [.text(names[c.clusterId]), .text(c.funderName), .text(FunderKind(rawValue: c.funderKind)?.label.said ?? c.funderKind),
             .text(ContributionForm(rawValue: c.form)?.label.said ?? c.form), .number(c.pledged), .date(c.pledgedOn), .number(c.paid), .date(c.paidOn)]
        }
        return .init(name: "Contributions", header: [L("Cluster"), L("Funder"), L("Kind of funder"), L("Cash or in kind"), L("Pledged"), L("Pledged on"), L("Paid"), L("Paid on")], rows: rows)
    }

    var eventSheet: Workbook.Sheet {
        let rows = events.filter { within($0.event.heldOn) }.map { cluster, e -> [Workbook.Cell] in
            [.text(cluster), .text(EventType(rawValue: e.type)?.label.said ?? e.type), .text(e.titleText), .date(e.heldOn), .date(e.endedOn),
             .number(e.women.map(Double.init)), .number(e.men.map(Double.init)), .number(Double(e.values.ids("actorIds").count))]
        }
        return .init(name: "Events", header: [L("Cluster"), L("Type"), L("Title"), L("Held on"), L("Ended on"), L("Women"), L("Men"), L("Organisations")], rows: rows)
    }

    /// The same rows as JSON: each sheet a list of objects keyed by its header.
    var json: JSONOut {
        func cell(_ c: Workbook.Cell) -> JSONOut {
            switch c {
            case .text(let s): .string(s)
            case .number(let v): .double(v)
            case .date(let d): .string(d.description)
            case .empty: .null
            }
        }
        let sheets = self.sheets.map { sheet in
            (sheet.name.lowercased(), JSONOut.array(sheet.rows.map { row in .object(zip(sheet.header.map(\.english), row).map { ($0, cell($1)) }) }))
        }
        return .object([("project", .string(results.project.code)), ("period", period.map { .string($0.label) } ?? .null),
                        ("pending", .int(results.pending))] + sheets)
    }
}
