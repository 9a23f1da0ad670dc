/// What a broker cost, year by year, and how much of it the project bore: the time they gave a
/// cluster is shared as that cluster's broker cost schedule says (the project's share falling as
/// the institution's rises); other time is the project's while the project employs them.
public struct BrokerCost: Sendable, Equatable {
    public struct Employment: Sendable {
        public let from: CalendarDate, to: CalendarDate?
        public let byProject: Bool
        public let monthlyCost: Double
        public init(from: CalendarDate, to: CalendarDate?, byProject: Bool, monthlyCost: Double) {
            self.from = from; self.to = to; self.byProject = byProject; self.monthlyCost = monthlyCost
        }
    }

    public struct Assignment: Sendable {
        public let span: BrokerWorkload.Span
        /// The schedule of the cluster assigned to, if it has one.
        public let schedule: BrokerCostSchedule?
        public init(span: BrokerWorkload.Span, schedule: BrokerCostSchedule?) { self.span = span; self.schedule = schedule }
    }

    public struct Year: Sendable, Equatable {
        public let year: Int
        public let total: Double
        public let toProject: Double
        public var toOthers: Double { total - toProject }
        /// The project's share of the year's cost, 0…1.
        public var projectShare: Double? { total > 0 ? toProject / total : nil }
        public init(year: Int, total: Double, toProject: Double) { self.year = year; self.total = total; self.toProject = toProject }
    }

    public let years: [Year]

    /// Months are counted whole from each employment's first month to its last (or `until`).
    public init(employments: [Employment], assignments: [Assignment], until: CalendarDate) {
        var byYear: [Int: (Double, Double)] = [:]
        for e in employments {
            let last = min(e.to ?? until, until)
            var month = CalendarDate(year: e.from.year, month: e.from.month, day: 1)!
            while month <= last {
                let end = CalendarDate(year: month.year, month: month.month, day: CalendarDate.daysIn(month: month.month, year: month.year))!
                let active = assignments.filter { $0.span.covers(month) || $0.span.covers(end) }
                var project = 0.0, assigned = 0
                for a in active {
                    assigned += a.span.share
                    let share = a.schedule?.step(on: end).map { $0.projectShare / 100 } ?? (e.byProject ? 1 : 0)
                    project += e.monthlyCost * Double(a.span.share) / 100 * share
                }
                if e.byProject { project += e.monthlyCost * Double(max(0, 100 - assigned)) / 100 }
                let sums = byYear[month.year] ?? (0, 0)
                byYear[month.year] = (sums.0 + e.monthlyCost, sums.1 + project)
                month = month.month == 12 ? CalendarDate(year: month.year + 1, month: 1, day: 1)! : CalendarDate(year: month.year, month: month.month + 1, day: 1)!
            }
        }
        years = byYear.keys.sorted().map { Year(year: $0, total: byYear[$0]!.0, toProject: byYear[$0]!.1) }
    }
}
