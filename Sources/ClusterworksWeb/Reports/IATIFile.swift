import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Foundation

/// A programme's projects as IATI 2.03 activities: identification, organisations, status and dates,
/// countries and sector, budget, the cost sharing as transactions, and the approved results with
/// their baselines, periods (targets and actuals to date) and breakdowns as `dimension` elements.
struct IATIFile {
    struct Organisation: Sendable {
        let ref: String, name: String, type: String
    }

    /// A project that cannot be published as it is: the field to fill and why.
    struct Gap: Error {
        let field: String, message: String
    }

    let organisation: Organisation
    let generated: Date

    func document(_ projects: [ProjectResults]) throws -> String {
        var x = XMLBuilder()
        x.open("iati-activities", [("version", "2.03"), ("generated-datetime", InstantText.iso8601(generated))])
        for p in projects { try activity(p, into: &x) }
        x.close("iati-activities")
        return x.text
    }

    private func activity(_ r: ProjectResults, into x: inout XMLBuilder) throws {
        let p = r.project
        let dates: [(IATICodes.DateType, String?)] = [(.plannedStart, p.plannedStart), (.actualStart, p.actualStart), (.plannedEnd, p.plannedEnd), (.actualEnd, p.actualEnd)]
        guard dates.contains(where: { $0.1 != nil }) else {
            throw Gap(field: "plannedStart", message: "project \(p.code) has no date; IATI needs at least its planned start")
        }
        let currency = p.currency ?? "USD"
        x.open("iati-activity", [("last-updated-datetime", p.updatedAt.map(InstantText.iso8601)), ("xml:lang", "en"), ("default-currency", currency)])
        x.leaf("iati-identifier", text: IATICodes.identifier(organisation: organisation.ref, projectCode: p.code))
        x.narrative("reporting-org", [("ref", organisation.ref), ("type", organisation.type)], organisation.name)
        x.narrative("title", [], p.projectTitle)
        x.narrative("description", [("type", "1")], p.summary.flatMap { $0.isEmpty ? nil : $0 } ?? p.projectTitle)
        for funder in p.values["funders"]?.list ?? [] { x.narrative("participating-org", [("role", "\(IATICodes.Role.funding.rawValue)")], funder) }
        for counterpart in p.values["counterparts"]?.list ?? [] { x.narrative("participating-org", [("role", "\(IATICodes.Role.accountable.rawValue)")], counterpart) }
        x.narrative("participating-org", [("ref", organisation.ref), ("type", organisation.type), ("role", "\(IATICodes.Role.implementing.rawValue)")], organisation.name)
        x.leaf("activity-status", [("code", "\(IATICodes.activityStatus(p.projectStatus))")])
        for (type, date) in dates { if let date { x.leaf("activity-date", [("type", "\(type.rawValue)"), ("iso-date", date)]) } }
        let countries = p.countryCodes
        for (code, share) in zip(countries, IATICodes.percentages(countries.count)) {
            x.leaf("recipient-country", [("code", code), ("percentage", Self.number(share))])
        }
        x.leaf("sector", [("vocabulary", "1"), ("code", p.dacSector ?? DACSector.smeDevelopment.rawValue), ("percentage", "100")])
        if let budget = p.budget, let start = (p.plannedStart ?? p.actualStart).flatMap({ CalendarDate($0) }),
           let end = (p.plannedEnd ?? p.actualEnd).flatMap({ CalendarDate($0) }) {
            for year in AnnualBudget(total: budget, from: start, to: end).years {
                x.open("budget", [("type", "1"), ("status", "2")])
                x.leaf("period-start", [("iso-date", year.start.description)])
                x.leaf("period-end", [("iso-date", year.end.description)])
                x.leaf("value", [("currency", currency), ("value-date", year.start.description)], text: Self.number(year.amount))
                x.close("budget")
            }
        }
        for c in r.contributions where c.form == ContributionForm.cash.rawValue { transactions(c, currency, into: &x) }
        results(r, into: &x)
        x.close("iati-activity")
    }

    /// A cash contribution as its pledge (incoming commitment) and what was paid (incoming funds).
    private func transactions(_ c: ContributionModel, _ currency: String, into x: inout XMLBuilder) {
        var steps: [(IATICodes.TransactionType, String, Double)] = [(.incomingCommitment, c.pledgedOn, c.pledged)]
        if let paid = c.paid, paid > 0, let on = c.paidOn { steps.append((.incomingFunds, on, paid)) }
        for (type, on, amount) in steps {
            x.open("transaction")
            x.leaf("transaction-type", [("code", "\(type.rawValue)")])
            x.leaf("transaction-date", [("iso-date", on)])
            x.leaf("value", [("currency", currency), ("value-date", on)], text: Self.number(amount))
            x.narrative("description", [], "Cost sharing by \(c.funderName)")
            x.narrative("provider-org", [], c.funderName)
            x.close("transaction")
        }
    }

    /// One result per level (project outputs, firm and network outcomes, cluster impact), an
    /// indicator per indicator and subject.
    private func results(_ r: ProjectResults, into x: inout XMLBuilder) {
        let periods = r.reportingPeriods
        for level in IndicatorLevel.allCases {
            let series = r.series.filter { $0.indicator.level == level }
            guard !series.isEmpty else { continue }
            x.open("result", [("type", "\(IATICodes.resultType(level))")])
            x.narrative("title", [], "\(level.label) level")
            for s in series { indicator(s, periods, into: &x) }
            x.close("result")
        }
    }

    private func indicator(_ s: ProjectResults.Series, _ periods: [ReportingPeriod], into x: inout XMLBuilder) {
        let i = s.indicator
        x.open("indicator", [("measure", "\(IATICodes.measure(i.scale))"), ("ascending", i.indicatorDirection == .higher ? "1" : "0")])
        x.narrative("title", [], "\(s.title) (\(i.unit))")
        if let definition = i.definition, !definition.isEmpty { x.narrative("description", [], definition) }
        if let baseline = s.entries.first(where: { $0.kind == ResultEntryKind.baseline.rawValue }), let on = CalendarDate(baseline.observedOn) {
            let attributes: [(String, String?)] = [("year", "\(on.year)"), ("iso-date", baseline.observedOn)]
            x.leaf("baseline", attributes + [("value", Self.number(baseline.value))])
            for (d, c, v) in Self.cells(Breakdown(lines: baseline.values["breakdown"]?.list ?? [])) {
                x.open("baseline", attributes + [("value", Self.number(v))])
                x.leaf("dimension", [("name", d), ("value", c)])
                x.close("baseline")
            }
        }
        let progress = PeriodProgress(s.figures, periods: periods, direction: i.indicatorDirection, accumulation: i.accumulation)
        for row in progress.rows where row.target != nil || row.status != nil {
            x.open("period")
            x.leaf("period-start", [("iso-date", row.period.start.description)])
            x.leaf("period-end", [("iso-date", row.period.end.description)])
            if let target = row.target { x.leaf("target", [("value", Self.number(target))]) }
            if row.status != nil, let actual = row.toDate {
                x.leaf("actual", [("value", Self.number(actual))])
                for (d, c, v) in Self.cells(actualBreakdown(s, row.period)) {
                    x.open("actual", [("value", Self.number(v))])
                    x.leaf("dimension", [("name", d), ("value", c)])
                    x.close("actual")
                }
            }
            x.close("period")
        }
        x.close("indicator")
    }

    /// The breakdown of the value to date at a period's end: a level's last measurement in the
    /// period, or a cumulative indicator's measurements added up.
    private func actualBreakdown(_ s: ProjectResults.Series, _ period: ReportingPeriod) -> Breakdown {
        let measurements = s.entries.filter { $0.kind == ResultEntryKind.measurement.rawValue && (CalendarDate($0.observedOn).map { $0 <= period.end } ?? false) }
        let breakdowns = measurements.map { Breakdown(lines: $0.values["breakdown"]?.list ?? []) }
        return s.indicator.accumulation == .cumulative ? Breakdown.sum(breakdowns) : breakdowns.last ?? Breakdown()
    }

    private static func cells(_ b: Breakdown) -> [(String, String, Double)] {
        b.values.keys.sorted().flatMap { d in b.values[d]!.keys.sorted().map { c in (d, c, b.values[d]![c]!) } }
    }

    /// A decimal as IATI's xsd:decimal takes it: no exponent, no trailing ".0".
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        var s = String(format: "%.6f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
